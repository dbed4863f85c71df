// Closure days a supervisor records: days a forum (or every forum of a country) is closed.
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { NOT_BLANK } from '../text/text.patterns';
import { OneLine } from '../text/one-line.decorator';
import { CALENDAR_MAX_YEAR, CALENDAR_MIN_YEAR, JURISDICTION_CODES } from '@amparo/domain';

/** A country code (PE: every forum of Peru) or a forum key used by the rule packs (MX-COMAR). */
export const CLOSURE_CALENDAR_PATTERN = /^[A-Z]{2}(-[A-Z0-9]{2,20})?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export class CreateCalendarClosureDto {
  /** `PE` closes every Peruvian forum (a decreed día no laborable); `MX-COMAR` only COMAR. */
  @IsString()
  @Matches(CLOSURE_CALENDAR_PATTERN, {
    message: 'calendar must be a country code (PE) or a forum key (MX-COMAR)',
  })
  calendar!: string;

  /** The closed day on the forum's own calendar, YYYY-MM-DD. */
  @IsString()
  @Matches(DATE_ONLY, { message: 'date must be a date YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'date must be a real calendar date' })
  date!: string;

  /** Why the forum is closed, as published (shown next to the date in every derivation). */
  @IsString()
  @Length(1, 200, { message: 'reason must be between 1 and 200 characters' })
  @Matches(NOT_BLANK, { message: 'reason must not be blank' })
  @OneLine()
  reason!: string;
}

export class CalendarClosureQueryDto {
  /** Only closures of this country code or forum key. */
  @IsOptional()
  @IsString()
  @Matches(CLOSURE_CALENDAR_PATTERN, {
    message: 'calendar must be a country code (PE) or a forum key (MX-COMAR)',
  })
  calendar?: string;
}

export class HolidayCalendarQueryDto {
  @IsIn(JURISDICTION_CODES, { message: `country must be one of ${JURISDICTION_CODES.join(', ')}` })
  country!: string;

  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(CALENDAR_MIN_YEAR)
  @Max(CALENDAR_MAX_YEAR)
  year!: number;
}
