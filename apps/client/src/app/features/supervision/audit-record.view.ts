// How the audit log's record cell reads: the record's type in words, its human name (and its case),
// the page of the client that shows it, or that the viewer may not see it.
import type { AuditRecordView } from '@amparo/contracts';
import type { Bilingual } from '@amparo/domain';
import type { Language, MessageKey, TranslationService } from '../../core/i18n';
import { caseUrl } from '../../route-paths';
import type { AuditEntry } from './supervision.models';
import { auditRecordTypeKeys } from './supervision-labels';

export interface AuditRecordCell {
  /** The record type in words (the raw name for a type this client does not know). */
  readonly type: string;
  /** Not visible to the viewer: the cell says so and names nothing. */
  readonly hidden: boolean;
  /** The record's name and case; null when the API names no record of this type. */
  readonly text: string | null;
  /** Where the record opens in the client; null when no page shows it. */
  readonly link: string | null;
}

type Translator = Pick<TranslationService, 't' | 'language'>;

export function describeAuditRecord(entry: AuditEntry, i18n: Translator): AuditRecordCell | null {
  if (!entry.recordType) return null;
  const key = (auditRecordTypeKeys as Partial<Record<string, MessageKey>>)[entry.recordType];
  const type = key ? i18n.t(key) : entry.recordType;
  return { type, ...named(entry.record, i18n) };
}

function named(record: AuditRecordView | null, i18n: Translator): Omit<AuditRecordCell, 'type'> {
  if (!record) return { hidden: false, text: null, link: null };
  if (!record.visible) return { hidden: true, text: null, link: null };
  const name = record.name === null ? null : inLanguage(record.name, i18n.language());
  const matter = record.case;
  const ofCase = matter
    ? [matter.reference, matter.clientName === name ? null : matter.clientName]
        .filter((part): part is string => Boolean(part))
        .join(' · ')
    : null;
  const text = [name, ofCase].filter((part): part is string => Boolean(part)).join(' — ');
  const link = matter ? caseUrl(matter.id, record.caseTab ?? undefined) : null;
  return { hidden: false, text: text || null, link };
}

function inLanguage(name: string | Bilingual, language: Language): string {
  return typeof name === 'string' ? name : name[language];
}
