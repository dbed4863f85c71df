// Draws each kind of template block (heading, parties, petitions, signature…) with the page writer.
import { guardHolds, isPresent, resolvePath } from '../data/data-path.resolver';
import { FilingError, FilingErrorCode } from '../errors/filing.error';
import type {
  AnnexesBlock,
  FilingBlock,
  NumberedBlock,
  PartiesBlock,
  SignatureBlock,
} from '../model/filing-template.model';
import { BODY_SIZE, type PdfPageWriter } from './pdf-page.writer';
import { interpolate, type InterpolationScope } from './placeholder.interpolator';

const PARAGRAPH_GAP = 6;
const NUMBER_INDENT = 22;

export class BlockPainter {
  constructor(
    private readonly writer: PdfPageWriter,
    private readonly scope: InterpolationScope,
  ) {}

  private fill(text: string): string {
    return interpolate(text, this.scope);
  }

  /**
   * Paints the block; `keepWithNext` is the height of the closing blocks that follow (place and
   * date, signatures), which must not be left alone on a page: the paragraph, or the last item of
   * the list, that precedes them moves to the next page with them.
   */
  paint(block: FilingBlock, keepWithNext = 0): void {
    const w = this.writer;
    if (keepWithNext > 0 && block.kind === 'paragraph') {
      w.ensure(this.paragraphHeight(this.fill(block.text)) + keepWithNext);
    }
    this.keepLastWith = keepWithNext;
    switch (block.kind) {
      case 'heading':
        for (const line of this.presentLines(block.lines)) {
          w.text(line, { bold: block.bold ?? true, align: block.align });
        }
        w.space(PARAGRAPH_GAP * 2);
        return;
      case 'parties':
        return this.parties(block);
      case 'title':
        w.ensure(w.lineHeight() * 3);
        w.space(PARAGRAPH_GAP);
        w.text(this.fill(block.text), { bold: true, align: 'center' });
        w.space(PARAGRAPH_GAP * 2);
        return;
      case 'section':
        w.ensure(w.lineHeight() * 3);
        w.space(PARAGRAPH_GAP);
        w.text(this.fill(block.text), { bold: true });
        w.space(PARAGRAPH_GAP / 2);
        return;
      case 'paragraph':
        w.text(this.fill(block.text), { align: block.align ?? 'justify', firstLineIndent: 28 });
        w.space(PARAGRAPH_GAP);
        return;
      case 'numbered':
        return this.numbered(this.numberedItems(block));
      case 'placeDate':
        // Keeps the date with the signatures that follow it.
        w.ensure(w.lineHeight() * 2 + 48 + w.lineHeight() * 3);
        w.space(PARAGRAPH_GAP);
        w.text(this.fill(block.text), { align: 'right' });
        w.space(PARAGRAPH_GAP);
        return;
      case 'signature':
        return this.signature(block);
      case 'annexes':
        return this.annexes(block);
      case 'pageBreak':
        w.newPage();
        return;
    }
  }

  private keepLastWith = 0;

  /** Height of the closing blocks from `blocks[0]` on (placeDate, short paragraphs, signatures). */
  closingHeight(blocks: readonly FilingBlock[]): number {
    const w = this.writer;
    return blocks.reduce((sum, block) => {
      switch (block.kind) {
        case 'placeDate':
          return sum + PARAGRAPH_GAP * 2 + w.heightOf(this.fill(block.text));
        case 'paragraph':
          return sum + this.paragraphHeight(this.fill(block.text));
        case 'signature': {
          const rows = w.columnRows(this.signerColumns(block));
          const caption = block.caption ? PARAGRAPH_GAP + w.lineHeight() : 0;
          return sum + caption + 44 + rows * w.lineHeight() + PARAGRAPH_GAP * 2;
        }
        default:
          return sum;
      }
    }, 0);
  }

  private paragraphHeight(text: string): number {
    // The first-line indent can push one more word over: count a line extra, never less.
    return this.writer.heightOf(text) + this.writer.lineHeight() + PARAGRAPH_GAP;
  }

  private parties(block: PartiesBlock): void {
    const w = this.writer;
    const labelWidth = w.width * 0.34;
    for (const entry of block.entries) {
      if (!guardHolds(this.scope.root, entry.when)) continue;
      const value = this.fill(entry.value);
      w.ensure(w.heightOf(value, { indent: labelWidth }));
      w.label(this.fill(entry.label), 0, { bold: true });
      w.text(value, { indent: labelWidth });
    }
    w.space(PARAGRAPH_GAP * 2);
  }

  private numberedItems(block: NumberedBlock): string[] {
    const fixed = (block.items ?? [])
      .filter((item) => typeof item === 'string' || guardHolds(this.scope.root, item.when))
      .map((item) => this.fill(typeof item === 'string' ? item : item.text));
    if (!block.from) return fixed;
    const list = resolvePath(this.scope.root, block.from.path);
    // Fixed items may be followed by optional ones from the case (the attorney's own grounds).
    if (list === undefined && fixed.length > 0) return fixed;
    if (!Array.isArray(list)) {
      throw new FilingError(
        FilingErrorCode.TemplateDefect,
        `${this.scope.templateId}: ${block.from.path} is not a list`,
      );
    }
    const template = block.from.item;
    const path = block.from.path;
    // A blank entry (a form's empty line) is no item: it is left out, not printed nor failed.
    const repeated = list.flatMap((item: unknown, i) =>
      isPresent(item)
        ? [
            interpolate(template, {
              ...this.scope,
              root: { ...(this.scope.root as object), item },
              itemField: `${path}[${i}]`,
            }),
          ]
        : [],
    );
    return [...fixed, ...repeated];
  }

  private numbered(items: readonly string[], labelOf = (i: number) => `${i + 1}.`): void {
    const w = this.writer;
    items.forEach((item, i) => {
      if (i === items.length - 1 && this.keepLastWith > 0) {
        w.ensure(
          w.heightOf(item, { indent: NUMBER_INDENT }) + PARAGRAPH_GAP * 2 + this.keepLastWith,
        );
      } else {
        w.ensure(w.lineHeight());
      }
      w.label(labelOf(i), 0);
      w.text(item, { indent: NUMBER_INDENT, align: 'justify' });
      w.space(PARAGRAPH_GAP / 2);
    });
    w.space(PARAGRAPH_GAP);
  }

  private signature(block: SignatureBlock): void {
    const w = this.writer;
    const columns = this.signerColumns(block);
    if (columns.length === 0) return;
    const rows = w.columnRows(columns);
    const caption = block.caption ? this.fill(block.caption) : undefined;
    w.ensure(48 + (rows + (caption ? 1 : 0)) * w.lineHeight());
    if (caption) {
      w.space(PARAGRAPH_GAP);
      w.text(caption, { indent: columns.length === 1 ? (columns[0]?.x ?? 0) : 0, align: 'center' });
    }
    w.space(40);
    columns.forEach((column) => w.rule(column.x, column.width));
    w.space(4);
    w.columns(columns);
    w.space(PARAGRAPH_GAP * 2);
  }

  /** Each signer's filled lines and column; one signer signs on the right. */
  private signerColumns(block: SignatureBlock): { lines: string[]; x: number; width: number }[] {
    const w = this.writer;
    // A signer whose first line (the name) is absent is not on this filing at all.
    const signers = block.signers
      .filter(([name]) => name !== undefined && this.optional(name) !== undefined)
      .map((lines) => this.presentLines(lines));
    const gap = 24;
    const single = signers.length === 1;
    const width = single ? w.width * 0.55 : (w.width - gap) / signers.length;
    return signers.map((lines, i) => ({
      lines,
      x: single ? w.width - width : i * (width + gap),
      width,
    }));
  }

  /** Filled lines, leaving out those whose data is absent (an address, an interpreter). */
  private presentLines(lines: readonly string[]): string[] {
    return lines
      .map((line) => this.optional(line))
      .filter((line): line is string => line !== undefined);
  }

  /** A line whose placeholders are optional: dropped when any of them is absent. */
  private optional(line: string): string | undefined {
    const paths = [...line.matchAll(/\{\{\s*([\w.]+)/g)].flatMap((m) => (m[1] ? [m[1]] : []));
    if (!paths.every((p) => isPresent(resolvePath(this.scope.root, p)))) return undefined;
    return this.fill(line);
  }

  private annexes(block: AnnexesBlock): void {
    const w = this.writer;
    const fixed = block.items ?? [];
    const fromData = block.from ? resolvePath(this.scope.root, block.from) : undefined;
    const extra = Array.isArray(fromData)
      ? fromData.filter((x): x is string => typeof x === 'string' && isPresent(x))
      : [];
    const items = [
      ...fixed.map((item) => this.fill(item)),
      ...extra.map((item, i) => {
        const text = item.normalize('NFC');
        this.scope.check(text, `${block.from}[${i}]`);
        return text;
      }),
    ];
    if (items.length === 0) return;
    w.ensure(w.lineHeight() * 3);
    w.space(PARAGRAPH_GAP);
    w.text(this.fill(block.title), { bold: true, size: BODY_SIZE });
    this.numbered(items);
  }
}
