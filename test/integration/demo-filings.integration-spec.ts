// On a first start every filing template generates on at least one demo case with nothing typed
// (issue 17, item 7): the demo staff's profiles, the demo cases' filing facts and kept details
// hold what the templates need. Each PDF is downloaded and read back with pdf.js; the figure of
// templates × languages generated is printed.
import 'reflect-metadata';
import request from 'supertest';
import type { CaseloadPage, FilingTemplateResponse } from '@amparo/contracts';
import { fullText, readWithPdfJs } from '../../libs/filings/src/testing/pdfjs.reader';
import { seedDemoCases } from '../../apps/api/src/app/seed/demo-cases.seed';
import { asBearer, login, withDemoData } from './support/demo-users';
import { startTestApi, type TestApi } from './support/test-api';

const binary = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

// Twelve template variants, each tried on the demo cases of its forum: minutes on a busy machine.
jest.setTimeout(300_000);

describe('demo filings', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
    await withDemoData(api);
    await seedDemoCases(api.app);
  });
  afterAll(() => api.close());

  it('generates every template in every language on a demo case, typing nothing', async () => {
    // The demo attorney leads every demo case (the paralegal works only those he opened).
    const session = await login(api, 'attorney@lima.example');
    const attorney = asBearer(api, session.accessToken);
    const templates = (await attorney.get('/api/filing-templates').expect(200))
      .body as FilingTemplateResponse[];
    const caseload = (await attorney.get('/api/cases?limit=100').expect(200)).body as CaseloadPage;
    const cases = await Promise.all(
      caseload.rows.map(
        async (row) =>
          (await attorney.get(`/api/cases/${row.id}`).expect(200)).body as {
            id: string;
            jurisdiction: string;
          },
      ),
    );

    const generated: string[] = [];
    const refused: string[] = [];
    for (const template of templates) {
      for (const language of template.languages) {
        const candidates = cases.filter(
          (c) => template.jurisdiction === 'ANY' || c.jurisdiction === template.jurisdiction,
        );
        const reasons: string[] = [];
        let made: { id: string; sha256: string } | undefined;
        for (const candidate of candidates) {
          const response = await attorney.post(`/api/cases/${candidate.id}/filings`, {
            templateId: template.id,
            language,
          });
          // Never a 5xx for a case's data; a 422 names what is missing.
          expect(response.status).toBeLessThan(500);
          if (response.status === 201) {
            made = response.body;
            break;
          }
          reasons.push(
            `${response.status} ${(response.body.details ?? [])
              .map((d: { field?: string }) => d.field)
              .join(', ')}`,
          );
        }
        const label = `${template.id}/${language}`;
        if (!made) {
          refused.push(`${label}: ${reasons.join(' | ')}`);
          continue;
        }
        const download = await request(api.url)
          .get(`/api/filings/${made.id}/pdf`)
          .set('Authorization', `Bearer ${session.accessToken}`)
          .buffer(true)
          .parse(binary)
          .expect(200);
        const bytes = download.body as Buffer;
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
        const [read] = readWithPdfJs([{ name: label.replace('/', '-'), bytes }]);
        expect(fullText(read)).toContain('(demo)');
        generated.push(label);
      }
    }
    const variants = templates.reduce((n, t) => n + t.languages.length, 0);
    console.log(`Demo data: ${generated.length} of ${variants} template variants generated`);
    expect(refused).toEqual([]);
    expect(generated).toHaveLength(variants);
  });
});
