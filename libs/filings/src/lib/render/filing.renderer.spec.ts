// Every template rendered from fixture cases and read back by pdf.js: names, numbers, law, pages, hashes.
import {
  MissingFilingDataError,
  UncoveredCharacterError,
  FilingErrorCode,
} from '../errors/filing.error';
import type { FilingData } from '../model/filing-data.model';
import { FILING_TEMPLATES, findTemplate } from '../templates/filing-template.registry';
import { fixtureFor, peruCase, usCase } from '../../testing/filing-data.fixture';
import { fullText, readWithPdfJs, type PdfReadResult } from '../../testing/pdfjs.reader';
import { renderFiling, type RenderedFiling } from './filing.renderer';

const KEY_TEXT: Record<string, readonly string[]> = {
  'pe-reconsideracion-pasee/es': [
    'Interpongo recurso de reconsideración',
    'Decreto Legislativo 1350',
    'Decreto Legislativo 1582',
    'tres (3) días hábiles',
    '01504-2019-PHC/TC',
    'Ley 27891',
  ],
  'pe-habeas-corpus/es': [
    'Interpongo demanda de hábeas corpus',
    'artículo 200, inciso 1, de la Constitución',
    '01504-2019-PHC/TC',
    '00404-2015-PHC/TC',
    'veinticuatro (24) horas',
  ],
  'pe-solicitud-refugio/es': [
    'COMISIÓN ESPECIAL PARA LOS REFUGIADOS',
    'Ley 27891, Ley del Refugiado',
    'Decreto Supremo 119-2003-RE',
    'agresión extranjera, conflicto interno, ocupación o dominación extranjera',
  ],
  'mx-justificacion-extemporaneidad/es': [
    'COMISIÓN MEXICANA DE AYUDA A REFUGIADOS',
    'artículo 18 de la Ley sobre Refugiados, Protección Complementaria y Asilo Político',
    'materialmente posible',
    'Estuvo hospitalizada del 20 de junio al 30 de julio de 2026',
  ],
  'mx-amparo-indirecto-deportacion/es': [
    'artículo 108 de la Ley de Amparo',
    'artículo 17, fracción IV, de la Ley de Amparo',
    'artículos 15 y 126 de la Ley de Amparo',
    'BAJO PROTESTA DE DECIR VERDAD',
    'suspensión de oficio y de plano',
  ],
  'mx-autorizados/es': [
    'artículo 12 de la Ley de Amparo',
    'Ana Sofía Ruiz Camacho (cédula profesional 0000001)',
    'únicamente para oír y recibir notificaciones e imponerse de los autos a Pedro Gómez Ávila',
    'COMAR/TAP/0000/2026',
  ],
  'us-motion-stay-of-removal/en': [
    'EXECUTIVE OFFICE FOR IMMIGRATION REVIEW',
    "RESPONDENT'S EMERGENCY MOTION FOR STAY OF REMOVAL",
    '8 C.F.R. § 1003.23(b)(1)(v)',
    '“Except in cases involving in absentia orders, the filing of a motion to reopen',
    'Nken v. Holder, 556 U.S. 418, 434 (2009)',
    'CERTIFICATE OF SERVICE',
    'ORDER OF THE IMMIGRATION JUDGE',
  ],
  'us-motion-to-reopen/en': [
    'DETAINED',
    'EOIR ID: XX000000',
    "RESPONDENT'S MOTION TO REOPEN",
    '8 U.S.C. § 1229a(c)(7)',
    '8 C.F.R. § 1003.23(b)(1)',
    '8 C.F.R. § 1003.23(b)(4)(i)',
    'This is Respondent’s first motion to reopen these proceedings.',
    'Fee Waiver Request (Form EOIR-26A)',
    'INDEX OF EXHIBITS',
  ],
  'sworn-declaration/es': ['DECLARACIÓN JURADA', 'declaro bajo juramento lo siguiente'],
  'sworn-declaration/en': [
    'I declare under penalty of perjury under the laws of the United States of America',
    'CERTIFICATE OF INTERPRETATION',
    'Trần Văn Minh',
  ],
  'non-refoulement-risk-memorandum/es': [
    'MEMORANDO DE EVALUACIÓN DEL RIESGO DE DEVOLUCIÓN',
    'Nivel de riesgo: EXTREMO',
    'Observación General 31, párrafo 12',
    'conclusión III(3)',
    'Convención contra la Tortura, art. 3.',
  ],
  'non-refoulement-risk-memorandum/en': [
    'NON-REFOULEMENT RISK MEMORANDUM',
    'Risk level: HIGH',
    'General Comment No. 31, para. 12',
    'Article 33(1)',
    'ICCPR arts. 6 and 7',
  ],
};

/** Golden SHA-256 per template and language: a change here is a change in what clients file. */
const GOLDEN: Record<string, string> = {
  'pe-reconsideracion-pasee/es': 'eeab0aff34c47c61fa6568a3b8a63f093d745601de93035967442b620587b47c', // 3 pages, 27431 bytes
  'pe-habeas-corpus/es': 'd7a785d4505cc85499a6dd7719f6fd7fd6d3187fd7b40da6efb9aa01ab0b58e0', // 3 pages, 30575 bytes
  'pe-solicitud-refugio/es': '69ba806f53a2173050ef29956b8505437223b8eb8149d0ac02539fc392682025', // 2 pages, 24563 bytes
  'mx-justificacion-extemporaneidad/es':
    '70f813d3cec7f9d5a7e6b201834ee69c9bb5cd5264da7abbf530c58e8eecf246', // 2 pages, 21871 bytes
  'mx-amparo-indirecto-deportacion/es':
    'a20d8ec48f61c0c81697c648ddac3a866005ab5228c04e2c10633b7ee9cbc40a', // 3 pages, 30364 bytes
  'mx-autorizados/es': '734e1de4bb0cf6c6f296ce3193e3ad739fbca54db1c2323c7013ed6e1900e3e9', // 1 pages, 15705 bytes
  'us-motion-stay-of-removal/en':
    '6ce7bc52e10e92b4a53fc0e69d50d6df55f8ead62d7579a1fa87645b3e8a0776', // 5 pages, 30342 bytes
  'us-motion-to-reopen/en': '6c5547685ee242b3b6bbbc7d41d0fdd94010a92b9ef90c49ba57b3b2cc1522da', // 5 pages, 28982 bytes
  'sworn-declaration/es': '0174ed445e4e6544d65e7b65e6e69ee928c5ea97313ecae4ebdc8522b1247fe7', // 1 pages, 12331 bytes
  'sworn-declaration/en': 'c93d38e3af9a1c99b5ead0d264323b692599aa93ae971c0314f479947b3261a8', // 1 pages, 14258 bytes
  'non-refoulement-risk-memorandum/es':
    '1f7bf168f7d00b126f1ae60283fcf6668c3b356740cf49e25170877ce95eb13d', // 2 pages, 22255 bytes
  'non-refoulement-risk-memorandum/en':
    '137c60197a6bf4bce3d774ed35c425d8a265dda9de441df8b933379032ba618b', // 2 pages, 19195 bytes
};

const CASES = FILING_TEMPLATES.flatMap((template) =>
  template.languages.map((language) => ({ template, language, key: `${template.id}/${language}` })),
);

function must<T>(map: ReadonlyMap<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`nothing rendered for ${key}`);
  return value;
}

/** Whitespace-insensitive, so a phrase wrapped across lines still matches. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('renderFiling, read back with pdf.js', () => {
  const rendered = new Map<string, { data: FilingData; filing: RenderedFiling }>();
  const read = new Map<string, PdfReadResult>();

  beforeAll(async () => {
    for (const { template, language, key } of CASES) {
      const data = fixtureFor(template.id, language);
      rendered.set(key, { data, filing: await renderFiling(template, data, language) });
    }
    const results = readWithPdfJs(
      CASES.map(({ key }) => ({
        name: key.replace('/', '.'),
        bytes: must(rendered, key).filing.bytes,
      })),
    );
    CASES.forEach(({ key }, i) => read.set(key, results[i]));
  }, 60_000);

  it('covers every template in each of its languages', () => {
    expect(Object.keys(KEY_TEXT).sort()).toEqual(CASES.map((c) => c.key).sort());
  });

  describe.each(CASES)('$key', ({ key, language }) => {
    it("holds the client's name, the case number and the key legal text", () => {
      const { data } = must(rendered, key);
      const text = flat(fullText(must(read, key)));
      expect(text).toContain(data.client.fullName);
      // US court filings are captioned by A-number; the office's own number stays out of them.
      const caseNumber = key.startsWith('us-') ? data.case.aNumber : data.case.caseNumber;
      expect(caseNumber).toBeDefined();
      expect(text).toContain(caseNumber);
      for (const phrase of KEY_TEXT[key]) expect(text).toContain(phrase);
    });

    it('numbers every page in the language of the document', () => {
      const { filing } = must(rendered, key);
      const doc = must(read, key);
      expect(doc.numPages).toBe(filing.pageCount);
      doc.pages.forEach((page, i) => {
        const label =
          language === 'es'
            ? `Página ${i + 1} de ${doc.numPages}`
            : `Page ${i + 1} of ${doc.numPages}`;
        expect(flat(page.text)).toContain(label);
      });
    });

    it('carries title, author organization and language in its metadata', () => {
      const { data, filing } = must(rendered, key);
      const { info } = must(read, key);
      expect(info['Title']).toBe(filing.title);
      expect(info['Title']).toContain(data.client.fullName);
      expect(info['Author']).toBe(data.organization.name);
      expect(info['Subject']).toBe(`${filing.templateId} v${filing.templateVersion}`);
      expect(info['Language']).toBe(`${language}-${data.case.jurisdiction}`);
      expect(info['CreationDate']).toBe(
        `D:${data.generatedAt.replace(/[-:]/g, '').replace('T', '').replace(/\.\d+/, '')}`,
      );
    });

    it('renders the same bytes for the same input (golden SHA-256)', async () => {
      const { data, filing } = must(rendered, key);
      const again = await renderFiling(findTemplate(filing.templateId), data, filing.language);
      expect(again.sha256).toBe(filing.sha256);
      expect(filing.sha256).toBe(GOLDEN[key]);
    });
  });

  it('prints Peru and US filings on A4 and Letter paper', () => {
    const pe = must(read, 'pe-habeas-corpus/es').pages[0];
    const us = must(read, 'us-motion-to-reopen/en').pages[0];
    expect([Math.round(pe.pageWidth), Math.round(pe.pageHeight)]).toEqual([595, 842]);
    expect([us.pageWidth, us.pageHeight]).toEqual([612, 792]);
  });

  it('justifies body text: full lines end exactly at the right margin', () => {
    const page = must(read, 'pe-reconsideracion-pasee/es').pages[0];
    const rightMargin = page.pageWidth - 72;
    const lines = new Map<number, { right: number; words: number }>();
    for (const item of page.items) {
      if (!item.str.trim()) continue;
      const y = Math.round(item.y * 10) / 10;
      const line = lines.get(y) ?? { right: 0, words: 0 };
      lines.set(y, {
        right: Math.max(line.right, item.x + item.width),
        words: line.words + item.str.trim().split(' ').length,
      });
    }
    const flush = [...lines.values()].filter(
      (l) => l.words > 3 && Math.abs(l.right - rightMargin) < 0.5,
    );
    expect(flush.length).toBeGreaterThanOrEqual(10);
  });

  it('prints fixed petitions alone when the case holds no optional grounds of its own', async () => {
    const filing = await renderFiling(findTemplate('pe-habeas-corpus'), {
      ...peruCase(),
      grounds: undefined,
    });
    const [result] = readWithPdfJs([{ name: 'hc-no-grounds', bytes: filing.bytes }]);
    const text = flat(fullText(result));
    expect(text).toContain('01504-2019-PHC/TC');
    expect(text).not.toContain('carece de motivación');
  });

  it('changes the hash when the data changes', async () => {
    const template = findTemplate('sworn-declaration');
    const base = await renderFiling(template, usCase(), 'en');
    const other = await renderFiling(template, { ...usCase(), place: 'Newark, New Jersey' }, 'en');
    expect(other.sha256).not.toBe(base.sha256);
  });
});

describe('client names in every script', () => {
  const names = [
    'Nguyễn Thị Hoa',
    'Łukasz Wiśniewski',
    'Жанна Ковальчук',
    'María José Ñuñez Peñaloza',
  ];

  it.each(['es', 'en'] as const)('prints them in the %s sworn declaration', async (language) => {
    const template = findTemplate('sworn-declaration');
    const filings = await Promise.all(
      names.map((fullName) =>
        renderFiling(template, { ...usCase(), client: { ...usCase().client, fullName } }, language),
      ),
    );
    const results = readWithPdfJs(
      filings.map((f, i) => ({ name: `${language}-${i}`, bytes: f.bytes })),
    );
    results.forEach((result, i) => expect(flat(fullText(result))).toContain(names[i]));
  });

  it('prints a name given in decomposed Unicode (NFD) as the composed characters', async () => {
    const nfd = 'Nguyễn Thị Hoa'.normalize('NFD');
    const filing = await renderFiling(
      findTemplate('sworn-declaration'),
      { ...usCase(), client: { ...usCase().client, fullName: nfd } },
      'en',
    );
    const [result] = readWithPdfJs([{ name: 'nfd', bytes: filing.bytes }]);
    expect(fullText(result).normalize('NFC')).toContain('Nguyễn Thị Hoa');
  });
});

describe('refusals', () => {
  it('refuses a character no embedded font covers, naming the character and the field', async () => {
    const data = { ...peruCase(), client: { ...peruCase().client, fullName: '王芳' } };
    const error = await renderFiling(findTemplate('pe-habeas-corpus'), data).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UncoveredCharacterError);
    expect(error).toMatchObject({
      code: FilingErrorCode.UncoveredCharacter,
      character: '王',
      codePoint: 'U+738B',
      field: 'client.fullName',
    });
    expect((error as Error).message).toContain('"王" (U+738B) in client.fullName');
  });

  it('names the list item when the uncovered character is inside a repeated block', async () => {
    const base = peruCase();
    const facts = [...(base.facts ?? [])];
    facts[1] = 'Audiencia 📹 virtual';
    const error = await renderFiling(findTemplate('pe-reconsideracion-pasee'), {
      ...base,
      facts,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      character: '📹',
      codePoint: 'U+1F4F9',
      field: 'facts[1]',
    });
  });

  it('refuses to generate with missing data and lists every missing item', async () => {
    const base = peruCase();
    const data: FilingData = {
      ...base,
      client: { fullName: base.client.fullName },
      detention: undefined,
    };
    const error = await renderFiling(findTemplate('pe-habeas-corpus'), data).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MissingFilingDataError);
    expect((error as MissingFilingDataError).missing.map((m) => m.field)).toEqual([
      'client.nationality',
      'client.detentionPlace',
      'detention.retainedAt',
      'detention.authority',
    ]);
  });

  it('refuses a language the template is not offered in', async () => {
    const error = await renderFiling(findTemplate('pe-habeas-corpus'), peruCase(), 'en').catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: FilingErrorCode.UnsupportedLanguage });
  });

  it('refuses an unknown template id', () => {
    expect(() => findTemplate('nope')).toThrow(
      expect.objectContaining({ code: FilingErrorCode.UnknownTemplate }),
    );
  });
});
