// Reads generated filings back with pdf.js, an implementation independent of pdf-lib, for the tests.
// Runs as its own Node process (pdf.js ships as ES modules only): node pdfjs-text.reader.mjs a.pdf b.pdf
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

async function read(file) {
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
  }).promise;
  const { info } = await doc.getMetadata();
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , pageWidth, pageHeight] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .filter((item) => 'str' in item)
      .map((item) => ({
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        hasEOL: item.hasEOL,
      }));
    const text = items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join('');
    pages.push({ pageWidth, pageHeight, text, items });
  }
  await doc.destroy();
  return { file, numPages: doc.numPages, info, pages };
}

const results = [];
for (const file of process.argv.slice(2)) results.push(await read(file));
process.stdout.write(JSON.stringify(results));
