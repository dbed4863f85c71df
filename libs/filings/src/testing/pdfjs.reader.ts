// Test helper: reads PDFs with pdf.js in a child Node process and returns their text and metadata.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly hasEOL: boolean;
}

export interface PdfReadPage {
  readonly pageWidth: number;
  readonly pageHeight: number;
  readonly text: string;
  readonly items: readonly PdfTextItem[];
}

export interface PdfReadResult {
  readonly file: string;
  readonly numPages: number;
  readonly info: Readonly<Record<string, string | boolean | null>>;
  readonly pages: readonly PdfReadPage[];
}

/** Writes each PDF to a temp folder and reads them all with one pdf.js process. */
export function readWithPdfJs(
  pdfs: readonly { name: string; bytes: Uint8Array }[],
): PdfReadResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'amparo-filings-'));
  const files = pdfs.map(({ name, bytes }) => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, bytes);
    return file;
  });
  const out = execFileSync(process.execPath, [join(__dirname, 'pdfjs-text.reader.mjs'), ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return JSON.parse(out) as PdfReadResult[];
}

/** All the text of a document, pages joined. */
export function fullText(result: PdfReadResult): string {
  return result.pages.map((p) => p.text).join('\n');
}
