// What a case's filings need that no other record holds: the client's sworn statements, why a
// refugee application is late, and who is authorized to act in an amparo. Replaced as a whole.
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';

const ONE_LINE = /^[^\p{Cc}]*$/u;

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
  updatedBy: string | null;
  updatedAt: string | null;
}
