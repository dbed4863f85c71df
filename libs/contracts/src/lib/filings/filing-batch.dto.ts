// Asking for one template to be generated for many cases at once, as a background job.
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { FILING_LANGUAGES, FilingDetailsDto, type FilingLanguageCode } from './filing.dto';
import { OneLine } from '../text/one-line.decorator';

/** A batch larger than this is split by the caller: one job should finish in minutes. */
export const FILING_BATCH_MAX_CASES = 1000;

export class CreateFilingBatchDto {
  @IsString()
  @Length(1, 120)
  @OneLine()
  templateId!: string;

  @IsOptional()
  @IsIn(FILING_LANGUAGES, { message: `language must be one of ${FILING_LANGUAGES.join(', ')}` })
  language?: FilingLanguageCode;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(FILING_BATCH_MAX_CASES)
  @ArrayUnique({ message: 'caseIds must not repeat a case' })
  @IsUUID('all', { each: true, message: 'each of caseIds must be a UUID' })
  caseIds!: string[];

  /** The same key from the same member returns the batch they already submitted, not a second one. */
  @IsString()
  @Length(8, 100)
  @Matches(/^[A-Za-z0-9._:-]+$/, {
    message: 'idempotencyKey may hold letters, digits, ".", "_", ":" and "-" only',
  })
  idempotencyKey!: string;

  /** What the cases' records do not hold, shared by every filing of the batch (place, annexes…). */
  @IsOptional()
  @ValidateNested()
  @Type(() => FilingDetailsDto)
  details?: FilingDetailsDto;
}

/** What a finished batch reports: the filing of each case, and the cases it could not make. */
export interface FilingBatchResult {
  templateId: string;
  language: FilingLanguageCode;
  filings: { caseId: string; filingId: string }[];
  failed: { caseId: string; code: string; message: string }[];
}
