// What can go wrong when generating a filing or moving it along, each with a stable code.
import {
  ConflictError,
  DomainError,
  InvalidInputError,
  NotFoundError,
  type ErrorDetail,
} from '@amparo/domain';
import type { RequiredField } from '@amparo/filings';

/** The case lacks data the template needs: every missing item, and where the user enters it (422). */
export class FilingDataMissingError extends DomainError {
  readonly kind = 'unprocessable' as const;

  constructor(templateId: string, missing: readonly RequiredField[]) {
    super(
      'FILING_MISSING_DATA',
      `The case lacks ${missing.length} item(s) that ${templateId} needs`,
      missing.map((item): ErrorDetail => ({
        field: item.field,
        message: item.label,
        section: item.section,
      })),
    );
  }
}

/**
 * The case's data could not fill the template (a value of the wrong shape or absent where the
 * template expected it): a 422 naming the field, never a 500. The catalogue's load-time check
 * makes this rare; the answer stays actionable if it happens.
 */
export class FilingDataUnusableError extends DomainError {
  readonly kind = 'unprocessable' as const;

  constructor(templateId: string, field: string | undefined, reason: string) {
    const what = field ?? 'a field';
    super(
      'FILING_DATA_UNUSABLE',
      `${templateId} cannot print ${what} from this case's data; check ${what} and retry`,
      [{ field: what, message: reason }],
    );
  }
}

export const filingNotFound = () => new NotFoundError('Filing', 'FILING_NOT_FOUND');

export const unknownTemplate = (templateId: string) =>
  new InvalidInputError('FILING_UNKNOWN_TEMPLATE', `Unknown filing template: ${templateId}`, [
    { field: 'templateId', message: `Unknown filing template: ${templateId}` },
  ]);

export const templateNotForCase = (templateId: string, jurisdiction: string) =>
  new InvalidInputError(
    'FILING_TEMPLATE_JURISDICTION',
    `Template ${templateId} is not for a case in ${jurisdiction}`,
    [
      {
        field: 'templateId',
        message: `Template ${templateId} is not for a case in ${jurisdiction}`,
      },
    ],
  );

export const filingRefused = (code: string, message: string) =>
  new InvalidInputError(code, message);

export const staleFiling = (current: unknown) =>
  new ConflictError(
    'FILING_VERSION_CONFLICT',
    'Someone changed this filing meanwhile; review the current version and retry',
    [{ message: 'current version of the record', current } as ErrorDetail],
  );

export const wrongFilingStatus = (from: string, to: string) =>
  new ConflictError(
    'FILING_STATUS',
    from === 'draft' && to === 'filed'
      ? 'A draft filing cannot be marked filed: an attorney approves it first'
      : `A ${from} filing cannot be marked ${to}`,
  );

/**
 * The filing printed the risk level of an assessment no attorney has signed off: it cannot be
 * approved as it is (422). Signing the assessment off and generating a new version fixes it.
 */
export class FilingRiskUnsignedError extends DomainError {
  readonly kind = 'unprocessable' as const;

  constructor(assessmentVersion: number | null) {
    const which =
      assessmentVersion === null ? 'a risk assessment' : `risk assessment v${assessmentVersion}`;
    super(
      'FILING_RISK_UNSIGNED',
      `This filing was generated from ${which} that no attorney had signed off. ` +
        'Have an attorney sign off the assessment on the Risk tab, then generate a new version ' +
        'of the filing and approve that one.',
      [{ field: 'riskAssessmentId', message: `${which} was not signed off`, section: 'risk' }],
    );
  }
}

/** One case a batch cannot include, and why. */
export interface BatchProblem {
  readonly field: string;
  readonly caseId: string;
  readonly code: string;
  readonly message: string;
  readonly missing?: readonly ErrorDetail[];
}

/** Some cases of a batch cannot be done: every one is listed, and nothing is queued (422). */
export class FilingBatchRefusedError extends DomainError {
  readonly kind = 'unprocessable' as const;

  constructor(problems: readonly BatchProblem[]) {
    super(
      'FILING_BATCH_REFUSED',
      `${problems.length} case(s) cannot be part of this batch; nothing was queued`,
      problems.map((problem): ErrorDetail => ({ ...problem })),
    );
  }
}

export const batchActorCannotDraft = () =>
  new ConflictError(
    'FILING_BATCH_ACTOR',
    'The member who submitted this batch can no longer draft filings',
  );
