// Filing facts stay readable across versions of their shape, and the form's input is checked.
import 'reflect-metadata';
import { CaseFilingFactsDto } from '@amparo/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { NO_FILING_FACTS, readFilingFacts } from './case-filing-facts.entity';

const invalid = (input: object) =>
  validateSync(plainToInstance(CaseFilingFactsDto, { version: 0, ...input }), {
    whitelist: true,
    forbidNonWhitelisted: true,
  }).map((error) => error.property);

describe('readFilingFacts', () => {
  it('gives a document stored before the filing fields existed their defaults', () => {
    const stored = {
      statements: ['Salí de Tegucigalpa en marzo de 2026 (ficticio).'],
      declarantLanguage: 'es',
      interpreterName: null,
      lateFilingReasons: [],
      authorizedPersons: [{ fullName: 'Lucía Ferrer Ibarra', professionalId: null }],
    };
    expect(readFilingFacts(stored)).toEqual({
      ...stored,
      facts: [],
      detentionPlace: null,
      entryPlace: null,
      priorMotionsToReopen: null,
      finalOrderBy: null,
      feeWaiverRequested: null,
    });
  });

  it('keeps every value a current document holds, including a zero and a false', () => {
    const current = {
      ...NO_FILING_FACTS,
      facts: ['Fue retenida en el control de Aguas Verdes (ficticio).'],
      detentionPlace: 'Complejo policial de Tumbes',
      priorMotionsToReopen: 0,
      finalOrderBy: 'bia' as const,
      feeWaiverRequested: false,
    };
    expect(readFilingFacts(current)).toEqual(current);
  });
});

describe('CaseFilingFactsDto', () => {
  it('accepts the facts a filing needs, and null for the optional ones', () => {
    expect(
      invalid({
        facts: ['El 20 de noviembre fue retenido en un control vehicular (ficticio).'],
        detentionPlace: 'Estación migratoria de Tapachula',
        priorMotionsToReopen: 1,
        finalOrderBy: 'immigration_judge',
        feeWaiverRequested: true,
      }),
    ).toEqual([]);
    expect(
      invalid({ detentionPlace: null, priorMotionsToReopen: null, finalOrderBy: null }),
    ).toEqual([]);
  });

  it('refuses a multi-paragraph fact, a negative count, an unknown body and a text fee flag', () => {
    expect(
      invalid({
        facts: ['one\ntwo'],
        priorMotionsToReopen: -1,
        finalOrderBy: 'dhs',
        feeWaiverRequested: 'yes',
      }),
    ).toEqual(['facts', 'priorMotionsToReopen', 'finalOrderBy', 'feeWaiverRequested']);
  });
});
