// Turns a template and a case's data into a deterministic PDF: same input, same bytes, same hash.
import { itemAt } from '@amparo/domain';
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { guardHolds } from '../data/data-path.resolver';
import { missingData } from '../data/missing-data.check';
import { FilingError, FilingErrorCode, MissingFilingDataError } from '../errors/filing.error';
import type { FilingData } from '../model/filing-data.model';
import type { FilingBlock, FilingLanguage, FilingTemplate } from '../model/filing-template.model';
import { BlockPainter } from './block.painter';
import { deriveFilingData } from './filing-derived';
import { assertCovered, filingFontkit, filingFonts } from './filing-fonts';
import { FILING_LOCALES, JURISDICTION_TIME_ZONES, languageTag } from './filing-locale';
import { PdfPageWriter } from './pdf-page.writer';
import type { InterpolationScope } from './placeholder.interpolator';
import { interpolate } from './placeholder.interpolator';

export interface RenderedFiling {
  readonly templateId: string;
  readonly templateVersion: string;
  readonly language: FilingLanguage;
  readonly title: string;
  readonly pageCount: number;
  readonly bytes: Uint8Array;
  /** Hex SHA-256 of the bytes, stored with the filing. */
  readonly sha256: string;
}

const PRODUCER = 'Amparo filings (pdf-lib)';

function pickLanguage(template: FilingTemplate, language?: FilingLanguage): FilingLanguage {
  const lang = language ?? itemAt(template.languages, 0, `${template.id} languages`);
  if (!template.languages.includes(lang) || !template.variants[lang]) {
    throw new FilingError(
      FilingErrorCode.UnsupportedLanguage,
      `Template ${template.id} is not offered in "${lang}" (offered: ${template.languages.join(', ')})`,
    );
  }
  return lang;
}

const CLOSING: ReadonlySet<FilingBlock['kind']> = new Set(['placeDate', 'paragraph', 'signature']);

/**
 * The place, date and signatures right after block `i` (with a short "Respectfully submitted,"
 * between them), when block `i` is the last body text before them; else none.
 */
function closingRun(blocks: readonly FilingBlock[], i: number): FilingBlock[] {
  const next = blocks.slice(i + 1);
  const end = next.findIndex((block) => block.kind === 'signature');
  if (end < 0 || !['paragraph', 'numbered', 'annexes'].includes(itemAt(blocks, i, 'block').kind))
    return [];
  const run = next.slice(0, end + 1);
  const closing =
    run[0]?.kind === 'placeDate' &&
    run.every(
      (block) => CLOSING.has(block.kind) && (block.kind !== 'paragraph' || block.align === 'left'),
    );
  return closing ? run : [];
}

export async function renderFiling(
  template: FilingTemplate,
  data: FilingData,
  language?: FilingLanguage,
): Promise<RenderedFiling> {
  const lang = pickLanguage(template, language);
  const variant = template.variants[lang];
  if (!variant) throw new FilingError(FilingErrorCode.UnsupportedLanguage, template.id);
  const missing = missingData(template, data, lang);
  if (missing.length > 0) throw new MissingFilingDataError(template.id, missing);

  const fonts = filingFonts();
  const locale = FILING_LOCALES[lang];
  // `today` dates the filing in the forum's zone, from the input rather than the clock.
  const today = { at: data.generatedAt, timeZone: JURISDICTION_TIME_ZONES[data.case.jurisdiction] };
  const derived = deriveFilingData(data, lang);
  const scope: InterpolationScope = {
    root: { ...data, today, derived },
    locale,
    templateId: template.id,
    check: (text, field) => assertCovered(fonts, text, field),
  };
  const title = `${variant.title} — ${interpolate('{{client.fullName}}', scope)}`;

  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(filingFontkit(fonts));
  const regular = await doc.embedFont(fonts.regular.bytes, {
    subset: true,
    customName: fonts.regular.pdfName,
  });
  const bold = await doc.embedFont(fonts.bold.bytes, {
    subset: true,
    customName: fonts.bold.pdfName,
  });

  const pageSize = data.case.jurisdiction === 'US' ? 'Letter' : 'A4';
  const writer = new PdfPageWriter(doc, pageSize, regular, bold);
  const painter = new BlockPainter(writer, scope);
  const visible = variant.blocks.filter((block) => guardHolds(scope.root, block.when));
  visible.forEach((block, i) =>
    painter.paint(block, painter.closingHeight(closingRun(visible, i))),
  );
  writer.numberPages(locale.pageOf);

  const generatedAt = new Date(data.generatedAt);
  if (Number.isNaN(generatedAt.getTime())) {
    throw new FilingError(
      FilingErrorCode.TemplateDefect,
      `Invalid generatedAt: ${data.generatedAt}`,
    );
  }
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(data.organization.name);
  // Court filings carry no internal case number in their metadata; template id and version do.
  doc.setSubject(`${template.id} v${template.version}`);
  doc.setKeywords([template.id, `v${template.version}`, data.case.jurisdiction, lang]);
  doc.setCreator('Amparo');
  doc.setProducer(PRODUCER);
  doc.setCreationDate(generatedAt);
  doc.setModificationDate(generatedAt);
  doc.setLanguage(languageTag(lang, data.case.jurisdiction));

  const bytes = await doc.save();
  return {
    templateId: template.id,
    templateVersion: template.version,
    language: lang,
    title,
    pageCount: doc.getPageCount(),
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
