// Asking for a filing to be generated from a case, and moving it from draft to filed to served.
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OneLine } from '../text/one-line.decorator';

export const FILING_LANGUAGES = ['es', 'en'] as const;
export type FilingLanguageCode = (typeof FILING_LANGUAGES)[number];

/**
 * What a filing needs that the case's records do not hold (yet): typed on the filing form and kept
 * with the case (a later generation, of any template, starts from them). Anything the case's own
 * records hold wins over these, never the reverse.
 */
export class FilingDetailsDto {
  @OneLine() @IsOptional() @IsString() @Length(1, 120) place?: string;
  @OneLine() @IsOptional() @IsString() @Length(1, 300) organizationAddress?: string;
  @OneLine() @IsOptional() @IsString() @Length(1, 80) attorneyBarNumber?: string;
  @OneLine() @IsOptional() @IsString() @Length(1, 200) clientIdentityDocument?: string;
  @OneLine() @IsOptional() @IsString() @Length(1, 120) decisionReference?: string;
  @OneLine() @IsOptional() @IsString() @Length(1, 200) decisionAuthority?: string;
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'decisionIssuedOn must be a date YYYY-MM-DD' })
  decisionIssuedOn?: string;
  @OneLine() @IsOptional() @IsString() @Length(1, 200) detentionPlace?: string;
  @OneLine() @IsOptional() @IsString() @Length(1, 200) detentionAuthority?: string;
  /** The immigration judge of a US case, as the caption names them. */
  @OneLine() @IsOptional() @IsString() @Length(1, 200) judge?: string;
  @IsOptional()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(4000, { each: true })
  grounds?: string[];
  @IsOptional()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  @OneLine({ each: true })
  annexes?: string[];
  /** The risk memorandum is to be filed (an exhibit): it is then not marked privileged. */
  @IsOptional() @IsBoolean() forFiling?: boolean;
}

/** The case's kept details, replaced as a whole against the version read (0: none yet). */
export class CaseFilingDetailsDto extends FilingDetailsDto {
  @IsInt()
  @Min(0)
  version!: number;
}

export class GenerateFilingDto {
  @IsString()
  @Length(1, 120)
  @OneLine()
  templateId!: string;

  @IsOptional()
  @IsIn(FILING_LANGUAGES, { message: `language must be one of ${FILING_LANGUAGES.join(', ')}` })
  language?: FilingLanguageCode;

  @IsOptional()
  @ValidateNested()
  @Type(() => FilingDetailsDto)
  details?: FilingDetailsDto;
}

/** Approving, marking filed or served names the version seen, so two people cannot both move it. */
export class FilingTransitionDto {
  @IsInt()
  @Min(1)
  version!: number;
}
