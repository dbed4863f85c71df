// A person's gender and vulnerabilities, sealed in their row. A value still in its clear column
// was written by a version of Amparo that did not seal it (before migration 1763900070000, or an
// older instance during an upgrade): it is the current one until it is sealed.
import type { CreateClientDto, GrammaticalGender } from '@amparo/contracts';
import { openJson, sealJson } from '../crypto/sealed-json.codec';
import type { FieldCipher } from '../crypto/field.cipher';
import type { ClientEntity } from './client.entity';
import { CLIENT_GENDER, CLIENT_VULNERABILITIES } from './sealed-columns';

export interface ClientCategories {
  readonly gender: string | null;
  readonly vulnerabilities: readonly string[];
}

type CategoryColumns = Pick<
  ClientEntity,
  'genderSealed' | 'clearGender' | 'vulnerabilitiesSealed' | 'clearVulnerabilities'
>;

type GenderColumns = Pick<ClientEntity, 'id' | 'organizationId' | 'genderSealed' | 'clearGender'>;

/** The gender as stored: a code of the list, the person's own words, or null. */
export function openClientGender(client: GenderColumns, cipher: FieldCipher): string | null {
  const sealed = client.genderSealed;
  return (
    client.clearGender ??
    (sealed
      ? openJson<string | null>(cipher, CLIENT_GENDER, client.organizationId, client.id, sealed)
      : null)
  );
}

/** What labels about the person agree with: only "female" or "male" make Spanish inflect. */
export function grammaticalGender(gender: string | null): GrammaticalGender | null {
  return gender === 'female' || gender === 'male' ? gender : null;
}

/**
 * The form labels agree with, read from a list row's gender columns (a caseload page, the deadline
 * audit): opened for that row alone, never sent as the gender itself.
 */
export function rowGrammaticalGender(
  cipher: FieldCipher,
  organizationId: string | null,
  clientId: string,
  genderSealed: string | null,
  clearGender: string | null,
): GrammaticalGender | null {
  if (!organizationId) return null;
  return grammaticalGender(
    openClientGender({ id: clientId, organizationId, genderSealed, clearGender }, cipher),
  );
}

export function openClientCategories(
  client: Pick<ClientEntity, 'id' | 'organizationId'> & CategoryColumns,
  cipher: FieldCipher,
): ClientCategories {
  const open = <T>(column: typeof CLIENT_GENDER, envelope: string | null, none: T): T =>
    envelope === null
      ? none
      : (openJson<T | null>(cipher, column, client.organizationId, client.id, envelope) ?? none);
  return {
    gender: openClientGender(client, cipher),
    vulnerabilities:
      client.clearVulnerabilities ??
      open<string[]>(CLIENT_VULNERABILITIES, client.vulnerabilitiesSealed, []),
  };
}

/** The columns to store: both values sealed (always, so rows cannot be told apart), none clear. */
export function sealClientCategories(
  cipher: FieldCipher,
  organizationId: string,
  clientId: string,
  categories: ClientCategories,
): CategoryColumns {
  return {
    genderSealed: sealJson(cipher, CLIENT_GENDER, organizationId, clientId, categories.gender),
    clearGender: null,
    vulnerabilitiesSealed: sealJson(cipher, CLIENT_VULNERABILITIES, organizationId, clientId, [
      ...categories.vulnerabilities,
    ]),
    clearVulnerabilities: null,
  };
}

/** The gender to store: a code from the list, or the person's own words when self-described. */
export function storedGender(
  input: Pick<CreateClientDto, 'gender' | 'genderDescription'>,
): string | null {
  if (input.gender === 'self_described') return input.genderDescription?.trim() ?? null;
  return input.gender ?? null;
}
