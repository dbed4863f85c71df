// A person an office defends, as entered at intake.
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { NO_CONTROL_CHARACTERS, NOT_BLANK } from '../text/text.patterns';
import { OneLine } from '../text/one-line.decorator';

const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
export const BIRTH_DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export const VULNERABILITIES = [
  'unaccompanied_child',
  'child',
  'lgbtiq',
  'trafficking',
  'gender_based_violence',
  'disability',
  'indigenous',
  'elderly',
  'pregnant',
  'detained',
  'medical',
] as const;

/**
 * The genders a form offers. `self_described` comes with the person's own words
 * (`genderDescription`), which are what is stored; `prefer_not_to_say` is an answer, while no
 * gender at all means it was not recorded.
 */
export const CLIENT_GENDERS = [
  'female',
  'male',
  'non_binary',
  'prefer_not_to_say',
  'self_described',
] as const;
export type ClientGender = (typeof CLIENT_GENDERS)[number];

/**
 * The form Spanish words about the person agree with ("detenida", "detenido"); null when their
 * gender is not recorded or is neither, and the neutral form is used.
 */
export type GrammaticalGender = 'female' | 'male';

/** A description belongs only to a self-described gender. */
const OnlyWhenSelfDescribed = () =>
  ValidateBy({
    name: 'onlyWhenSelfDescribed',
    validator: {
      validate: (_value, args) =>
        (args?.object as { gender?: unknown }).gender === 'self_described',
      defaultMessage: () => 'genderDescription is given only with gender self_described',
    },
  });

export class ClientContactDto {
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Matches(/^[+0-9 ()-]*$/, { message: 'phone may hold digits, spaces, +, ( ) and - only' })
  phone?: string;

  @IsOptional()
  @IsString()
  @MaxLength(254)
  @OneLine()
  email?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(NO_CONTROL_CHARACTERS, { message: 'address must not contain control characters' })
  address?: string;

  /** Where the person is now: a town, a shelter, or a detention facility. */
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(NO_CONTROL_CHARACTERS, { message: 'location must not contain control characters' })
  location?: string;
}

/** The details of a person that can be given at intake and changed later, all optional here. */
export class ClientDetailsDto {
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'familyNames must be at most 200 characters' })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'familyNames must not contain control characters' })
  familyNames?: string;

  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true, message: 'each alias must be between 1 and 200 characters' })
  @OneLine({ each: true })
  aliases?: string[];

  @IsOptional()
  @ArrayMaxSize(5, { message: 'nationalities must hold at most 5 countries' })
  @Matches(COUNTRY, {
    each: true,
    message: 'each nationality must be an ISO country code such as HN',
  })
  nationalities?: string[];

  @IsOptional()
  @ArrayMaxSize(10)
  @Matches(LANGUAGE, {
    each: true,
    message: 'each language must be a language tag such as es or ht',
  })
  languages?: string[];

  @IsOptional()
  @IsBoolean()
  interpreterNeeded?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => ClientContactDto)
  contact?: ClientContactDto;

  @IsOptional()
  @IsIn(VULNERABILITIES, {
    each: true,
    message: `each vulnerability must be one of ${VULNERABILITIES.join(', ')}`,
  })
  vulnerabilities?: (typeof VULNERABILITIES)[number][];
}

export class CreateClientDto extends ClientDetailsDto {
  @IsString()
  @Length(1, 200, { message: 'givenNames must be between 1 and 200 characters' })
  @Matches(NOT_BLANK, { message: 'givenNames must not be blank' })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'givenNames must not contain control characters' })
  givenNames!: string;

  /** YYYY-MM-DD; with `birthDatePrecision` month or year, the rest is a placeholder (01). */
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'birthDate must be a date such as 1990-05-17' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'birthDate must be a date such as 1990-05-17' })
  birthDate?: string;

  @IsOptional()
  @IsIn(BIRTH_DATE_PRECISIONS, {
    message: `birthDatePrecision must be one of ${BIRTH_DATE_PRECISIONS.join(', ')}`,
  })
  birthDatePrecision?: (typeof BIRTH_DATE_PRECISIONS)[number];

  @IsOptional()
  @IsIn(CLIENT_GENDERS, {
    message: `gender must be one of ${CLIENT_GENDERS.join(', ')} (with self_described, give the person's words in genderDescription)`,
  })
  gender?: ClientGender;

  /** The person's own words for their gender, with `gender: self_described`. */
  @ValidateIf(
    (dto: CreateClientDto) =>
      dto.gender === 'self_described' || dto.genderDescription !== undefined,
  )
  @OnlyWhenSelfDescribed()
  @IsString({ message: 'genderDescription must be text: the words the person uses' })
  @Length(1, 60, { message: 'genderDescription must be between 1 and 60 characters' })
  @Matches(NOT_BLANK, { message: 'genderDescription must not be blank' })
  @OneLine()
  genderDescription?: string;

  /** Set after reviewing the possible duplicates the API listed for this person. */
  @IsOptional()
  @IsBoolean()
  acknowledgeDuplicates?: boolean;
}

/** Who to look for before taking someone in. */
export class DuplicateCheckDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @OneLine()
  givenNames?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  @OneLine()
  familyNames?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'birthDate must be a date such as 1990-05-17' })
  birthDate?: string;

  @IsOptional()
  @IsString()
  @MaxLength(20)
  @OneLine()
  aNumber?: string;
}

export interface ClientResponse {
  id: string;
  givenNames: string;
  familyNames: string;
  aliases: string[];
  birthDate: string | null;
  birthDatePrecision: (typeof BIRTH_DATE_PRECISIONS)[number];
  nationalities: string[];
  languages: string[];
  interpreterNeeded: boolean;
  /** One of CLIENT_GENDERS but self_described, or the person's own words; null: not recorded. */
  gender: string | null;
  contact: { phone?: string; email?: string; address?: string; location?: string } | null;
  vulnerabilities: string[];
  version: number;
  createdAt: string;
}

/** People of the office by name, to link one to a case (a family member). */
export class ClientSearchDto {
  @IsString()
  @Length(2, 200, { message: 'q must be between 2 and 200 characters' })
  @OneLine()
  q!: string;
}

/** A person found by name: only someone the member may read is listed. */
export interface ClientSearchResult {
  clientId: string;
  givenNames: string;
  familyNames: string;
  birthDate: string | null;
}

/** Possible duplicates found at intake, shown before the record is saved. */
export type DuplicateReason = 'same_name_and_birth_date' | 'same_a_number';

/**
 * Someone of the office who may be the person being taken in. The member sees who it is only if
 * they may already read that person; otherwise only that a match exists (ask a supervisor).
 */
export type DuplicateMatch = ReadableDuplicateMatch | RestrictedDuplicateMatch;

export interface ReadableDuplicateMatch {
  access: 'readable';
  clientId: string;
  givenNames: string;
  familyNames: string;
  birthDate: string | null;
  reason: DuplicateReason;
}

export interface RestrictedDuplicateMatch {
  access: 'restricted';
  reason: DuplicateReason;
}

/** Changes to a client; every field optional but the version last seen. */
export class UpdateClientDto extends ClientDetailsDto {
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'givenNames must be between 1 and 200 characters' })
  @Matches(NOT_BLANK, { message: 'givenNames must not be blank' })
  @Matches(NO_CONTROL_CHARACTERS, { message: 'givenNames must not contain control characters' })
  givenNames?: string;

  @IsInt()
  @Min(1)
  version!: number;
}
