// The signature block as a clerk reads it (issue 17): each signer's lines laid out in the column,
// a long name wrapped onto lines of its own height, and a closing "(demo)" never left on its own.
import type { FilingData } from '../model/filing-data.model';
import { findTemplate } from '../templates/filing-template.registry';
import { peruCase } from '../../testing/filing-data.fixture';
import { type PdfTextItem, readWithPdfJs } from '../../testing/pdfjs.reader';
import { renderFiling } from './filing.renderer';

/** The demo data marks every invented person "(demo)" in the name itself. */
function demoSigners(): FilingData {
  const base = peruCase();
  return {
    ...base,
    attorney: { ...base.attorney, fullName: 'Lucía Fernanda Ferrer Villanueva (demo)' },
    client: { ...base.client, fullName: 'Yoselin Carolina Villasmil Peña de Montilla (demo)' },
  };
}

describe('signature block', () => {
  let items: PdfTextItem[] = [];

  beforeAll(async () => {
    const filing = await renderFiling(findTemplate('pe-reconsideracion-pasee'), demoSigners());
    const [read] = readWithPdfJs([{ name: 'demo-signers', bytes: filing.bytes }]);
    const last = read.pages[read.pages.length - 1];
    const top = last.items.find((item) => item.str.includes('Yoselin'))?.y ?? 0;
    // The signature block and what follows it on the last page, blank runs left out.
    items = last.items.filter((item) => item.y <= top && item.str.trim().length > 0);
  }, 60_000);

  it('never prints a parenthesis such as "(demo)" on a line of its own', () => {
    expect(items.map((item) => item.str.trim())).not.toContain('(demo)');
    const text = items.map((item) => item.str).join(' ');
    expect(text).toMatch(/Montilla \(demo\)/);
    expect(text).toMatch(/Villanueva \(demo\)/);
  });

  it('gives every line of a column its own height, none drawn over another', () => {
    const columns = new Map<number, number[]>();
    for (const item of items) {
      const x = Math.round(item.x);
      columns.set(x, [...(columns.get(x) ?? []), item.y]);
    }
    for (const ys of columns.values()) {
      const sorted = [...ys].sort((a, b) => b - a);
      sorted.slice(1).forEach((y, i) => expect(sorted[i] - y).toBeGreaterThan(11.5));
    }
  });
});
