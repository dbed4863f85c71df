// Golden sentences a court clerk reads (issues 16 and 17), read back from the PDF with pdf.js:
// articles in authority names, one "Resolución", nationality and titles that agree, risk stated
// only when signed off at high or extreme, signatures never alone on a page, and the legal text
// each forum's filing must carry.
import { nationalityAdjectives } from '../data/nationality-adjectives';
import type { FilingData, FilingRiskSummary } from '../model/filing-data.model';
import type { FilingLanguage } from '../model/filing-template.model';
import { findTemplate } from '../templates/filing-template.registry';
import { mexicoCase, peruCase, polishClientCase, usCase } from '../../testing/filing-data.fixture';
import { fullText, readWithPdfJs } from '../../testing/pdfjs.reader';
import { actReference } from './spanish-words';
import { renderFiling } from './filing.renderer';

interface Sample {
  readonly name: string;
  readonly templateId: string;
  readonly data: FilingData;
  readonly language?: FilingLanguage;
}

const flat = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
/** The page numbers, so a sentence running onto the next page still reads as one. */
const withoutFolios = (text: string) => text.replace(/ ?(Página|Page) \d+ (de|of) \d+ ?/g, ' ');

/** A Peruvian case as a paralegal types it: names without articles, "Resolución" in the number. */
function typedPeru(gender?: 'female' | 'male'): FilingData {
  const base = peruCase();
  const ecuadorian = nationalityAdjectives(['EC'], 'es', 'female');
  return {
    ...base,
    attorney: { ...base.attorney, gender },
    client: {
      ...base.client,
      nationality: ecuadorian?.ofNationality,
      demonym: ecuadorian?.ofPerson,
    },
    decision: {
      ...base.decision,
      reference: actReference('Resolución de Sanción N.º 0012-2026-MIGRACIONES (ejemplo)'),
      authority: 'Superintendencia Nacional de Migraciones',
    },
    detention: {
      retainedAt: { at: '2026-11-20T11:00:00Z', timeZone: 'America/Lima' },
      place: 'Complejo policial de Aguas Verdes (ejemplo)',
      authority: 'Policía Nacional del Perú',
    },
  };
}

const risk = (level: FilingRiskSummary['level'], signedOff: boolean): FilingRiskSummary => {
  const base = peruCase().risk;
  if (!base) throw new Error('the fixture has a risk summary');
  return { ...base, level, signedOff };
};

/** Grounds that push the closing paragraph and the signatures across a page boundary. */
const padded = (count: number): FilingData => ({
  ...typedPeru('female'),
  grounds: [
    ...(peruCase().grounds ?? []),
    ...Array.from(
      { length: count },
      (_, i) => `Fundamento adicional número ${i + 1}, redactado para la prueba (ejemplo).`,
    ),
  ],
});

const SAMPLES: Sample[] = [
  { name: 'female', templateId: 'pe-reconsideracion-pasee', data: typedPeru('female') },
  { name: 'male', templateId: 'pe-reconsideracion-pasee', data: typedPeru('male') },
  { name: 'unknown', templateId: 'pe-reconsideracion-pasee', data: typedPeru() },
  ...(['low', 'moderate', 'high', 'extreme'] as const).flatMap((level) => [
    {
      name: `risk-${level}-signed`,
      templateId: 'pe-habeas-corpus',
      data: { ...peruCase(), risk: risk(level, true) },
    },
    {
      name: `risk-${level}-unsigned`,
      templateId: 'pe-habeas-corpus',
      data: { ...peruCase(), risk: risk(level, false) },
    },
  ]),
  ...Array.from({ length: 10 }, (_, n) => ({
    name: `padded-${n}`,
    templateId: 'pe-reconsideracion-pasee',
    data: padded(n),
  })),
  {
    name: 'memo-internal',
    templateId: 'non-refoulement-risk-memorandum',
    data: mexicoCase(),
    language: 'es',
  },
  {
    name: 'memo-to-file',
    templateId: 'non-refoulement-risk-memorandum',
    data: { ...mexicoCase(), forFiling: true },
    language: 'es',
  },
  {
    name: 'memo-us',
    templateId: 'non-refoulement-risk-memorandum',
    data: polishClientCase(),
    language: 'en',
  },
  {
    name: 'reopen-bia',
    templateId: 'us-motion-to-reopen',
    data: { ...usCase(), finalOrderBy: 'bia', priorMotionsToReopen: 2, fee: 'paid' },
  },
  { name: 'reopen-ij', templateId: 'us-motion-to-reopen', data: usCase() },
  { name: 'stay', templateId: 'us-motion-stay-of-removal', data: usCase() },
  { name: 'amparo-detained', templateId: 'mx-amparo-indirecto-deportacion', data: mexicoCase() },
  {
    name: 'amparo-free',
    templateId: 'mx-amparo-indirecto-deportacion',
    data: { ...mexicoCase(), case: { ...mexicoCase().case, detained: false } },
  },
  { name: 'refugio', templateId: 'pe-solicitud-refugio', data: peruCase() },
  { name: 'justificacion', templateId: 'mx-justificacion-extemporaneidad', data: mexicoCase() },
];

describe('what a clerk reads', () => {
  const texts = new Map<string, string>();
  const pages = new Map<string, string[]>();

  beforeAll(async () => {
    const pdfs = [];
    for (const sample of SAMPLES) {
      const filing = await renderFiling(
        findTemplate(sample.templateId),
        sample.data,
        sample.language,
      );
      pdfs.push({ name: sample.name, bytes: filing.bytes });
    }
    readWithPdfJs(pdfs).forEach((result, i) => {
      texts.set(SAMPLES[i].name, flat(withoutFolios(flat(fullText(result)))));
      pages.set(
        SAMPLES[i].name,
        result.pages.map((page) => flat(page.text)),
      );
    });
  }, 120_000);

  const text = (name: string): string => {
    const value = texts.get(name);
    if (value === undefined) throw new Error(`nothing rendered for ${name}`);
    return value;
  };

  it('names the act once, authorities with their article, the nationality as an adjective', () => {
    const doc = text('female');
    expect(doc).toContain(
      'contra la Resolución de Sanción N.º 0012-2026-MIGRACIONES (ejemplo), emitida el 20 de noviembre de 2026 por la Superintendencia Nacional de Migraciones',
    );
    expect(doc).not.toContain('Resolución Resolución');
    expect(doc).toContain('SEÑOR(A) TITULAR DE LA SUPERINTENDENCIA NACIONAL DE MIGRACIONES');
    expect(doc).toContain(
      'Fui objeto de retención administrativa por la Policía Nacional del Perú en Complejo policial de Aguas Verdes (ejemplo)',
    );
    expect(doc).toContain('de nacionalidad ecuatoriana, identificada con');
    expect(doc).not.toContain('nacionalidad Ecuador');
  });

  it("titles the attorney as her or his profile says, and both forms only when it doesn't", () => {
    expect(text('female')).toContain('Rosa Quispe Mamani Abogada, Reg. CAL 00000');
    expect(text('male')).toContain('Rosa Quispe Mamani Abogado, Reg. CAL 00000');
    expect(text('unknown')).toContain('Rosa Quispe Mamani Abogado(a), Reg. CAL 00000');
    expect(text('female')).not.toContain('Abogado(a)');
  });

  it('states a risk level only from a signed-off high or extreme assessment', () => {
    for (const level of ['low', 'moderate', 'high', 'extreme']) {
      expect(text(`risk-${level}-unsigned`)).not.toContain('nivel de riesgo');
    }
    expect(text('risk-low-signed')).not.toContain('nivel de riesgo');
    expect(text('risk-moderate-signed')).not.toContain('nivel de riesgo');
    expect(text('risk-high-signed')).toContain('concluyó un nivel de riesgo alto');
    expect(text('risk-extreme-signed')).toContain('concluyó un nivel de riesgo extremo');
  });

  it('never leaves the place, date and signatures alone on a page', () => {
    for (let n = 0; n < 10; n++) {
      const doc = pages.get(`padded-${n}`) ?? [];
      const signed = doc.find((page) => page.includes('Lima, 21 de noviembre de 2026'));
      expect({ n, closingWithSignature: signed?.includes('Solicito a usted tener por') }).toEqual({
        n,
        closingWithSignature: true,
      });
    }
  });

  it('marks the memorandum privileged only when it is not to be filed; no Cartagena for the US', () => {
    expect(text('memo-internal')).toContain('CONFIDENCIAL — PROTEGIDO POR EL SECRETO PROFESIONAL');
    expect(text('memo-to-file')).not.toContain('CONFIDENCIAL');
    expect(text('memo-internal')).toContain('Declaración de Cartagena');
    expect(text('memo-us')).not.toContain('Cartagena');
    expect(text('memo-us')).toContain('PRIVILEGED AND CONFIDENTIAL');
  });

  it('moves the Board to reopen a BIA-final order, with the number of motions and the fee', () => {
    const bia = text('reopen-bia');
    expect(bia).toContain('BOARD OF IMMIGRATION APPEALS');
    expect(bia).toContain('moves the Board of Immigration Appeals to reopen');
    expect(bia).toContain('8 C.F.R. § 1003.2(c)(2)');
    expect(bia).toContain('8 C.F.R. § 1003.2(c)(3)(ii)');
    expect(bia).toContain('Respondent has filed 2 motion(s) to reopen in these proceedings');
    expect(bia).not.toContain('first motion');
    expect(bia).toContain('The filing fee for this motion has been paid');
    expect(bia).not.toContain('ORDER OF THE IMMIGRATION JUDGE');
    const ij = text('reopen-ij');
    expect(ij).toContain('8 C.F.R. § 1003.23(b)(1)');
    expect(ij).toContain('This is Respondent’s first motion to reopen these proceedings.');
    expect(ij).toContain('Fee Waiver Request (Form EOIR-26A)');
    expect(ij).not.toContain('1003.2(c)');
  });

  it('quotes 8 CFR 1003.23(b)(1)(v) from its opening words in the stay motion', () => {
    expect(text('stay')).toContain(
      '“Except in cases involving in absentia orders, the filing of a motion to reopen or a motion to reconsider shall not stay the execution of any decision made in the case.',
    );
  });

  it('files the amparo of a detained client through a third person (Ley de Amparo art. 15)', () => {
    const detained = text('amparo-detained');
    expect(detained).toContain('Promovente (art. 15): Luis Alberto Hernández Ortiz');
    expect(detained).toContain('con fundamento en el artículo 15 de la Ley de Amparo');
    expect(detained).toContain('por estar detenida en Estación Migratoria Siglo XXI');
    expect(detained).toContain('En nombre de Жанна Ковальчук (art. 15)');
    expect(text('amparo-free')).toContain('comparezco por mi propio derecho');
    expect(text('amparo-free')).not.toContain('Promovente');
  });

  it('states Mexican facts "bajo protesta de decir verdad" and quotes Ley 27891 art. 3(b)', () => {
    expect(text('justificacion')).toContain('Bajo protesta de decir verdad manifiesto que ingresé');
    expect(text('justificacion')).not.toContain('bajo juramento');
    expect(text('refugio')).toContain(
      '«a la persona que se ha visto obligada a huir de su país de nacionalidad o de residencia habitual por causa de la violación masiva de los derechos humanos, agresión extranjera, conflicto interno, ocupación o dominación extranjera; o en razón de acontecimientos que perturben gravemente el orden público»',
    );
    expect(text('refugio')).toContain('Reconocerme la condición de refugiada.');
  });
});
