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
    '02744-2015-PA/TC',
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
    'Declaración de Cartagena',
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
  'pe-reconsideracion-pasee/es': 'a373c55ae4576dead311f46ed08f60f987958f7b48fc0fccef27f995f2e2023c', // 3 pages, 28977 bytes
  'pe-habeas-corpus/es': 'f6f43cea42351ee8dd0b87df9ada76d816b1c8974294304c2269ac6b6d1a4f76', // 3 pages, 30884 bytes
  'pe-solicitud-refugio/es': '61d87db89a076e81752f622ccdd90e3df3ede91b8b19918ff4de8089f0cd9dc2', // 2 pages, 24175 bytes
  'mx-justificacion-extemporaneidad/es':
    'c903a6572e1338f0da3b4b211aa06563bfadffad83a0538ce84fce3a339eb1a6', // 2 pages, 21688 bytes
  'mx-amparo-indirecto-deportacion/es':
    'fb9fc398e0077984a46f7b778582066670e021eb1dd0839cda8dbd3c727288c2', // 3 pages, 29382 bytes
  'mx-autorizados/es': '01cdbdc1797a6efe3e71c3b3f0a1a45b78a66662175cf87b1a98572f70d8284b', // 1 pages, 15732 bytes
  'us-motion-stay-of-removal/en':
    '56b9c76ef67dd4eb4f2f4209c8fd56a82f5aa7b71d87216d1b2477c0d07609be', // 5 pages, 29691 bytes
  'us-motion-to-reopen/en': '483dc86c9336a3b777ed1df1b9aff9638726198f1e584d1badbafefd75ca71cf', // 5 pages, 29796 bytes
  'sworn-declaration/es': 'ff81a7c7d962c5192dbfcdb1becc67440ca123c541ee1f37bd1f72e6e5beb39a', // 1 pages, 12332 bytes
  'sworn-declaration/en': '4a07c396faaaa807bd7ec842e457a5e1cf033ea09a73d6a31cb0860e6245aec4', // 1 pages, 14259 bytes
  'non-refoulement-risk-memorandum/es':
    '9ffb647d9c9e1536410c0f042c8f6841b1705d9459e95b9f366a3ce249ed6622', // 2 pages, 21721 bytes
  'non-refoulement-risk-memorandum/en':
    '6ddb48c330842a0cd455a7060e12a6e3133faa53bbb88e4a6184dcf0e92dc463', // 2 pages, 19913 bytes
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
    const events = [...(base.events ?? [])];
    events[1] = { ...events[1], description: 'Audiencia 📹 virtual' };
    const error = await renderFiling(findTemplate('pe-reconsideracion-pasee'), {
      ...base,
      events,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      character: '📹',
      codePoint: 'U+1F4F9',
      field: 'events[1].description',
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
      'detention.place',
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
