// A template may print a piece of data only where it is sure to be there: a required field, or
// inside a "when" guard on that very path. Checked when the catalogue loads and in the tests, so
// a template that could fail on some case's data never ships (issue 17: a 500 on real cases).
import type { FilingBlock, FilingTemplate, Guard } from '../model/filing-template.model';
import { placeholderPaths } from '../render/placeholder.interpolator';

/** Paths the renderer itself always provides. */
const PROVIDED = ['today', 'derived.attorneyTitle', 'derived.clientWords'];

/**
 * Keys the model guarantees once their parent object is there (non-optional in the types and
 * never blank from the mapper): `{{risk.level}}` is safe inside `when: 'risk'`.
 */
const GUARANTEED_KEYS: Readonly<Record<string, readonly string[]>> = {
  risk: ['level', 'assessedOn', 'destinationCountry', 'urgent'],
  'derived.filedRisk': ['level', 'assessedOn', 'assessedBy', 'destinationCountry'],
  detention: ['retainedAt'],
  entry: ['date'],
  client: ['fullName'],
  organization: ['name'],
  case: ['caseNumber'],
};

/** Paths the mapper fills together: the second is there whenever the first is. */
const IMPLIED: Readonly<Record<string, readonly string[]>> = {
  'client.nationality': ['client.demonym'],
  'derived.thirdPersonFiling': ['attorney.fullName'],
};

interface Use {
  readonly path: string;
  readonly guards: readonly string[];
  /** Heading and signature lines are dropped, not failed, when their data is absent. */
  readonly optional: boolean;
}

const guardPaths = (guard: Guard | undefined): string[] =>
  guard === undefined ? [] : typeof guard === 'string' ? [guard] : [...guard];

function uses(block: FilingBlock): Use[] {
  const outer = guardPaths(block.when);
  const all = (texts: readonly string[], optional = false, extra: readonly string[] = []): Use[] =>
    texts.flatMap((text) =>
      placeholderPaths(text).map((path) => ({ path, guards: [...outer, ...extra], optional })),
    );
  switch (block.kind) {
    case 'heading':
      return all(block.lines, true);
    case 'parties':
      return block.entries.flatMap((entry) =>
        all([entry.label, entry.value], false, guardPaths(entry.when)),
      );
    case 'title':
    case 'section':
    case 'paragraph':
    case 'placeDate':
      return all([block.text]);
    case 'numbered': {
      const fixed = (block.items ?? []).flatMap((item) =>
        typeof item === 'string' ? all([item]) : all([item.text], false, guardPaths(item.when)),
      );
      if (!block.from) return fixed;
      // The list itself must be there (unless fixed items stand alone); `item` is one of its entries.
      const standAlone = (block.items ?? []).length > 0;
      const list: Use = { path: block.from.path, guards: outer, optional: standAlone };
      const items = all([block.from.item]).filter(
        (use) => use.path !== 'item' && !use.path.startsWith('item.'),
      );
      return [...fixed, list, ...items];
    }
    case 'signature':
      return [
        ...all(block.caption ? [block.caption] : []),
        ...block.signers.flatMap((lines) => all(lines, true)),
      ];
    case 'annexes':
      return all([block.title, ...(block.items ?? [])]);
    case 'pageBreak':
      return [];
  }
}

/** True when `sure` (a required, provided or guarded path) makes `path` present. */
function covers(sure: string, path: string): boolean {
  if (sure === path || (IMPLIED[sure] ?? []).includes(path)) return true;
  if (path.startsWith(`${sure}.`) && sure === 'derived.clientWords') return true;
  const key = path.slice(sure.length + 1);
  return path.startsWith(`${sure}.`) && (GUARANTEED_KEYS[sure] ?? []).includes(key);
}

/** Every placeholder of the template that some case's data could leave empty: `lang: path`. */
export function unguardedPlaceholders(template: FilingTemplate): string[] {
  const problems: string[] = [];
  for (const lang of template.languages) {
    for (const block of template.variants[lang]?.blocks ?? []) {
      for (const use of uses(block)) {
        if (use.optional) continue;
        const sure = [...template.requiredFields, ...PROVIDED, ...use.guards];
        if (!sure.some((path) => covers(path, use.path))) problems.push(`${lang}: ${use.path}`);
      }
    }
    const title = template.variants[lang]?.title ?? '';
    for (const path of placeholderPaths(title)) problems.push(`${lang}: title uses ${path}`);
  }
  return problems;
}

/** Refuses to load a catalogue holding a template that could fail on some case's data. */
export function assertTemplatesSound(templates: readonly FilingTemplate[]): void {
  const problems = templates.flatMap((template) =>
    unguardedPlaceholders(template).map((problem) => `${template.id} ${problem}`),
  );
  if (problems.length > 0) {
    throw new Error(
      `Filing templates print data that is neither required nor guarded by "when": ${problems.join('; ')}`,
    );
  }
}
