// Lays lines onto pages with a moving cursor: margins, wrapping, justification, page breaks.
import { itemAt } from '@amparo/domain';
import { type PDFDocument, type PDFFont, type PDFPage, PageSizes, rgb } from 'pdf-lib';
import type { Align, PageSize } from '../model/filing-template.model';
import { justifiedOffsets, wrapLabel, wrapText, type Measure } from './text-layout';

export const BODY_SIZE = 11.5;
const LINE_HEIGHT = 1.45;
const MARGIN = { top: 72, bottom: 72, left: 78, right: 72 };
const INK = rgb(0, 0, 0);

export interface TextStyle {
  readonly bold?: boolean;
  readonly size?: number;
  readonly align?: Align;
  /** Extra left indent of every line, and of the first line only. */
  readonly indent?: number;
  readonly firstLineIndent?: number;
}

export class PdfPageWriter {
  private readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly pageSize: PageSize,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.newPage();
  }

  get width(): number {
    return this.page.getWidth() - MARGIN.left - MARGIN.right;
  }

  get left(): number {
    return MARGIN.left;
  }

  get allPages(): readonly PDFPage[] {
    return this.pages;
  }

  newPage(): void {
    this.page = this.doc.addPage(this.pageSize === 'A4' ? PageSizes.A4 : PageSizes.Letter);
    this.pages.push(this.page);
    this.y = this.page.getHeight() - MARGIN.top;
  }

  /** Starts a new page unless `height` still fits above the bottom margin. */
  ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  space(points: number): void {
    this.y -= points;
  }

  lineHeight(size = BODY_SIZE): number {
    return size * LINE_HEIGHT;
  }

  measure(bold: boolean, size: number): Measure {
    const font = bold ? this.bold : this.regular;
    return (text) => {
      const key = `${bold ? 'b' : 'r'}${size}|${text}`;
      let w = this.widths.get(key);
      if (w === undefined) {
        w = font.widthOfTextAtSize(text, size);
        this.widths.set(key, w);
      }
      return w;
    };
  }

  /** Height the text would take, for keeping small blocks together. */
  heightOf(text: string, style: TextStyle = {}): number {
    const size = style.size ?? BODY_SIZE;
    const width = this.width - (style.indent ?? 0);
    return (
      wrapText(text, width, this.measure(style.bold ?? false, size)).length * this.lineHeight(size)
    );
  }

  /** Writes a paragraph at the cursor, continuing on new pages as needed. */
  text(text: string, style: TextStyle = {}): void {
    const size = style.size ?? BODY_SIZE;
    const bold = style.bold ?? false;
    const font = bold ? this.bold : this.regular;
    const measure = this.measure(bold, size);
    const indent = style.indent ?? 0;
    const first = style.firstLineIndent ?? 0;
    const lines = wrapText(text, this.width - indent - first, measure);
    const lineHeight = this.lineHeight(size);
    lines.forEach((line, i) => {
      this.ensure(lineHeight);
      this.y -= size;
      const x = MARGIN.left + indent + (i === 0 ? first : 0);
      const width = this.width - indent - (i === 0 ? first : 0);
      this.drawLine(line.words, line.last, x, width, style.align ?? 'left', font, size, measure);
      this.y -= lineHeight - size;
    });
  }

  /** A short label in the left margin of the current line (petition numbers). */
  label(text: string, x: number, style: TextStyle = {}): void {
    const size = style.size ?? BODY_SIZE;
    this.ensure(this.lineHeight(size));
    this.page.drawText(text, {
      x: MARGIN.left + x,
      y: this.y - size,
      size,
      font: style.bold ? this.bold : this.regular,
      color: INK,
    });
  }

  /**
   * Short lines in side-by-side columns (signature blocks), each wrapped to its column with the
   * line height of the body (never pdf-lib's own wrapping, which overprints the next line); the
   * cursor ends below all.
   */
  columns(columns: readonly { lines: readonly string[]; x: number; width: number }[]): void {
    const size = BODY_SIZE;
    const laid = columns.map((column) => ({ ...column, lines: this.columnLines(column) }));
    const rows = Math.max(...laid.map((c) => c.lines.length));
    this.ensure(rows * this.lineHeight(size));
    const top = this.y;
    for (const column of laid) {
      column.lines.forEach((line, i) => {
        this.page.drawText(line, {
          x: MARGIN.left + column.x,
          y: top - size - i * this.lineHeight(size),
          size,
          font: this.regular,
          color: INK,
        });
      });
    }
    this.y = top - rows * this.lineHeight(size);
  }

  /** How many lines each column takes once wrapped, for keeping the block together. */
  columnRows(columns: readonly { lines: readonly string[]; width: number }[]): number {
    return Math.max(0, ...columns.map((column) => this.columnLines(column).length));
  }

  private columnLines(column: { lines: readonly string[]; width: number }): string[] {
    const measure = this.measure(false, BODY_SIZE);
    return column.lines.flatMap((line) => wrapLabel(line, column.width, measure));
  }

  rule(x: number, width: number): void {
    this.page.drawLine({
      start: { x: MARGIN.left + x, y: this.y },
      end: { x: MARGIN.left + x + width, y: this.y },
      thickness: 0.6,
      color: INK,
    });
  }

  private drawLine(
    words: readonly string[],
    last: boolean,
    x: number,
    width: number,
    align: Align,
    font: PDFFont,
    size: number,
    measure: Measure,
  ): void {
    if (words.length === 0) return;
    if (align === 'justify' && !last && words.length > 1) {
      const offsets = justifiedOffsets(words, width, measure);
      words.forEach((word, i) => {
        // The trailing space keeps word boundaries in the text layer for readers and search.
        const ink = i < words.length - 1 ? `${word} ` : word;
        const at = x + itemAt(offsets, i, 'justified word offset');
        this.page.drawText(ink, { x: at, y: this.y, size, font, color: INK });
      });
      return;
    }
    const line = words.join(' ');
    const lineWidth = measure(line);
    const dx =
      align === 'center' ? (width - lineWidth) / 2 : align === 'right' ? width - lineWidth : 0;
    this.page.drawText(line, { x: x + dx, y: this.y, size, font, color: INK });
  }

  /** Page numbers in the filing's language, once the page count is known. */
  numberPages(format: (page: number, total: number) => string): void {
    const size = 9;
    this.pages.forEach((page, i) => {
      const text = format(i + 1, this.pages.length);
      const w = this.regular.widthOfTextAtSize(text, size);
      page.drawText(text, {
        x: (page.getWidth() - w) / 2,
        y: MARGIN.bottom / 2,
        size,
        font: this.regular,
        color: INK,
      });
    });
  }
}
