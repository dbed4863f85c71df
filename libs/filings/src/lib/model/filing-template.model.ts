// A filing template is data: blocks of text with placeholders that the renderer lays out.
import type { FilingFieldPath } from '../data/filing-field.catalog';
import type { FilingJurisdiction } from './filing-data.model';

export type FilingLanguage = 'es' | 'en';

/**
 * Where in the app a piece of case data is entered, so a 422 can send the user there
 * (`filing-facts`: the case's statements, late-filing reasons and authorized persons).
 */
export type FilingDataSection =
  | 'organization'
  | 'attorney'
  | 'client'
  | 'case'
  | 'timeline'
  | 'decision'
  | 'risk'
  | 'filing-facts'
  | 'filing';

export interface RequiredField {
  /** Path into FilingData, e.g. client.nationality. */
  readonly field: string;
  readonly label: string;
  readonly section: FilingDataSection;
}

/** One path, or several that must all hold a value. */
export type Guard = string | readonly string[];

interface BlockBase {
  /** Render the block only when this FilingData path (or every one of these paths) holds a value. */
  readonly when?: Guard;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Court or agency heading, cover-page header lines, sumilla. */
export interface HeadingBlock extends BlockBase {
  readonly kind: 'heading';
  readonly lines: readonly string[];
  readonly align: Exclude<Align, 'justify'>;
  readonly bold?: boolean;
}

/** The parties or caption: "Expediente: …", "In the Matter of: …". */
export interface PartiesBlock extends BlockBase {
  readonly kind: 'parties';
  readonly entries: readonly {
    readonly label: string;
    readonly value: string;
    readonly when?: string;
  }[];
}

export interface TitleBlock extends BlockBase {
  readonly kind: 'title';
  readonly text: string;
}

export interface SectionBlock extends BlockBase {
  readonly kind: 'section';
  readonly text: string;
}

export interface ParagraphBlock extends BlockBase {
  readonly kind: 'paragraph';
  readonly text: string;
  readonly align?: Align;
}

/** A fixed item printed only when its guard holds (the numbering closes up around it). */
export interface GuardedItem {
  readonly text: string;
  readonly when: Guard;
}

/** Numbered items; `items` are fixed text, `from` repeats `item` for each entry of a data list. */
export interface NumberedBlock extends BlockBase {
  readonly kind: 'numbered';
  readonly items?: readonly (string | GuardedItem)[];
  readonly from?: { readonly path: string; readonly item: string };
}

export interface PlaceDateBlock extends BlockBase {
  readonly kind: 'placeDate';
  readonly text: string;
}

/** One or two signers side by side; a line whose placeholders are absent is left out. */
export interface SignatureBlock extends BlockBase {
  readonly kind: 'signature';
  /** A formula written above the signature line, e.g. PROTESTO LO NECESARIO. */
  readonly caption?: string;
  readonly signers: readonly (readonly string[])[];
}

export interface AnnexesBlock extends BlockBase {
  readonly kind: 'annexes';
  readonly title: string;
  readonly items?: readonly string[];
  readonly from?: string;
}

export interface PageBreakBlock extends BlockBase {
  readonly kind: 'pageBreak';
}

export type FilingBlock =
  | HeadingBlock
  | PartiesBlock
  | TitleBlock
  | SectionBlock
  | ParagraphBlock
  | NumberedBlock
  | PlaceDateBlock
  | SignatureBlock
  | AnnexesBlock
  | PageBreakBlock;

/** US courts take Letter; the other forums A4. */
export type PageSize = 'A4' | 'Letter';

export interface FilingTemplateVariant {
  readonly title: string;
  readonly blocks: readonly FilingBlock[];
}

export interface FilingTemplate {
  readonly id: string;
  readonly version: string;
  /** 'ANY' for filings that serve every forum (declarations, risk memoranda). */
  readonly jurisdiction: FilingJurisdiction | 'ANY';
  readonly procedure: string;
  readonly languages: readonly FilingLanguage[];
  /** Required case data; labels and app sections come from the field catalogue. */
  readonly requiredFields: readonly FilingFieldPath[];
  readonly variants: Partial<Record<FilingLanguage, FilingTemplateVariant>>;
}
