// What a case's filings need that no other record holds: the client's sworn statements, the facts
// chosen for filings, why a refugee application is late, who is authorized to act in an amparo,
// and the facts a US motion asserts (prior motions, who ruled last, fee). Replaced as a whole.
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

const ONE_LINE = /^[^\p{Cc}]*$/u;

/** Who made the final order a US motion asks to reopen: it decides the forum and the regulation. */
export const FINAL_ORDER_BODIES = ['immigration_judge', 'bia'] as const;
export type FinalOrderBody = (typeof FINAL_ORDER_BODIES)[number];

export class AuthorizedPersonDto {
  @IsString()
  @Length(1, 200)
  @Matches(ONE_LINE, { message: 'fullName must not contain control characters' })
  fullName!: string;

  /** Professional licence (cédula profesional): with it the person is authorized in broad terms. */
  @IsOptional()
  @IsString()
  @Length(1, 80)
  @Matches(ONE_LINE, { message: 'professionalId must not contain control characters' })
  professionalId?: string;
}

export class CaseFilingFactsDto {
  /** The version read (0 when the case has none yet): a stale write is a 409 with the current one. */
  @IsInt()
  @Min(0)
  version!: number;

  /** The declarant's numbered statements, in the words of the declaration. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  @Length(1, 4000, { each: true })
  @Matches(ONE_LINE, { each: true, message: 'each statement must be one paragraph' })
  statements?: string[];

  /** BCP 47 code of the language the declaration was read back in (e.g. "vi"). */
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
    message: 'declarantLanguage must be a language code such as vi or pt-BR',
  })
  declarantLanguage?: string;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(ONE_LINE, { message: 'interpreterName must not contain control characters' })
  interpreterName?: string;

  /** Why the refugee application could not be made within the legal period (COMAR: 30 business days). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 2000, { each: true })
  @Matches(ONE_LINE, { each: true, message: 'each reason must be one paragraph' })
  lateFilingReasons?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AuthorizedPersonDto)
  authorizedPersons?: AuthorizedPersonDto[];

  /**
   * The facts a filing states ("Hechos", "Facts"), as someone wrote or chose them for filings;
   * timeline notes are never printed unless copied here and reviewed.
   */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(60)
  @IsString({ each: true })
  @Length(1, 4000, { each: true })
  @Matches(ONE_LINE, { each: true, message: 'each fact must be one paragraph' })
  facts?: string[];

  /** Where the client is held, for filings, when the custody record names no place. */
  @IsOptional()
  @IsString()
  @Length(1, 300)
  @Matches(ONE_LINE, { message: 'detentionPlace must not contain control characters' })
  detentionPlace?: string | null;

  /** Where the client last entered the country (a border post, an airport), for filings. */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(ONE_LINE, { message: 'entryPlace must not contain control characters' })
  entryPlace?: string | null;

  /** Motions to reopen already filed in these proceedings (0: this is the first). */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  priorMotionsToReopen?: number | null;

  /** The body that made the final order: the Immigration Judge or the Board (BIA). */
  @IsOptional()
  @IsIn(FINAL_ORDER_BODIES, {
    message: `finalOrderBy must be one of: ${FINAL_ORDER_BODIES.join(', ')}`,
  })
  finalOrderBy?: FinalOrderBody | null;

  /** true: a fee waiver is requested (EOIR-26A); false: the filing fee is paid. */
  @IsOptional()
  @IsBoolean()
  feeWaiverRequested?: boolean | null;
}

export interface AuthorizedPersonResponse {
  fullName: string;
  professionalId: string | null;
}

export interface CaseFilingFactsResponse {
  caseId: string;
  /** 0 while nothing has been recorded. */
  version: number;
  statements: string[];
  declarantLanguage: string | null;
  interpreterName: string | null;
  lateFilingReasons: string[];
  authorizedPersons: AuthorizedPersonResponse[];
  facts: string[];
  detentionPlace: string | null;
  entryPlace: string | null;
  priorMotionsToReopen: number | null;
  finalOrderBy: FinalOrderBody | null;
  feeWaiverRequested: boolean | null;
  updatedBy: string | null;
  updatedAt: string | null;
}
