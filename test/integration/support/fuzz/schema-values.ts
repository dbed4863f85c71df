// fast-check arbitraries for values a JSON schema describes. Every leaf (string, number, boolean)
// comes from a `Leaves` set, so one walk of the schema yields plausible bodies (to get past
// validation into the services) or hostile ones (each leaf possibly replaced by a bad value).
import fc from 'fast-check';
import type { JsonSchema } from '../openapi-operations';

export interface Leaves {
  string(schema: JsonSchema): fc.Arbitrary<unknown>;
  number(schema: JsonSchema): fc.Arbitrary<unknown>;
  boolean(schema: JsonSchema): fc.Arbitrary<unknown>;
  /** A property or item of any type, before its own schema is looked at (wrong types). */
  any?(schema: JsonSchema): fc.Arbitrary<unknown> | undefined;
}

/** Values that pass the schema's own checks, as far as a schema can tell. */
export function plausibleLeaves(recordIds: readonly string[]): Leaves {
  return {
    string: (schema) => plausibleString(schema, recordIds),
    number: (schema) => fc.integer({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 1_000 }),
    boolean: () => fc.boolean(),
  };
}

function plausibleString(schema: JsonSchema, recordIds: readonly string[]): fc.Arbitrary<unknown> {
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.format === 'uuid') {
    // Records of the office reach the services; a random id reaches their 404.
    return recordIds.length > 0
      ? fc.oneof(fc.constantFrom(...recordIds), fc.uuid({ version: 4 }))
      : fc.uuid({ version: 4 });
  }
  if (schema.format === 'email') return fc.emailAddress();
  const maxLength = Math.min(schema.maxLength ?? 40, 40);
  // Lengths are not forced on a pattern (a filter could reject for ever): a string of the wrong
  // length is a plausible mistake too.
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern), { size: 'small' });
  return fc.string({ minLength: Math.min(schema.minLength ?? 0, maxLength), maxLength });
}

/** Leaves that are each, now and then, replaced by `hostile` (the rest stay plausible). */
export function sometimes(base: Leaves, hostile: Partial<Leaves>): Leaves {
  const mix = (
    plausible: (schema: JsonSchema) => fc.Arbitrary<unknown>,
    bad?: (schema: JsonSchema) => fc.Arbitrary<unknown> | undefined,
  ) =>
    bad
      ? (schema: JsonSchema) => {
          const replacement = bad(schema);
          return replacement
            ? fc.oneof(
                { arbitrary: plausible(schema), weight: 1 },
                { arbitrary: replacement, weight: 2 },
              )
            : plausible(schema);
        }
      : plausible;
  return {
    string: mix(base.string, hostile.string),
    number: mix(base.number, hostile.number),
    boolean: mix(base.boolean, hostile.boolean),
    any: hostile.any,
  };
}

export function valueOf(schema: JsonSchema, leaves: Leaves): fc.Arbitrary<unknown> {
  const plain = typed(schema, leaves);
  const replaced = leaves.any?.(schema);
  return replaced
    ? fc.oneof({ arbitrary: plain, weight: 3 }, { arbitrary: replaced, weight: 1 })
    : plain;
}

function typed(schema: JsonSchema, leaves: Leaves): fc.Arbitrary<unknown> {
  if (schema.enum && schema.type !== 'array') return leaves.string(schema);
  switch (schema.type) {
    case 'string':
      return leaves.string(schema);
    case 'number':
    case 'integer':
      return leaves.number(schema);
    case 'boolean':
      return leaves.boolean(schema);
    case 'array': {
      const items = schema.items ?? (schema.enum ? { type: 'string', enum: schema.enum } : {});
      return fc.array(valueOf(items, leaves), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 3, 3),
      });
    }
    case 'object':
    case undefined:
      if (schema.properties) {
        const properties = Object.fromEntries(
          Object.entries(schema.properties).map(([name, property]) => [
            name,
            valueOf(property, leaves),
          ]),
        );
        return fc.record(properties, { requiredKeys: schema.required ?? [] });
      }
      return fc.jsonValue({ maxDepth: 3 });
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}
