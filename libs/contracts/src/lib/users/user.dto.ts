// What an admin sends to manage the office's accounts.
import { ROLES, type Role } from '@amparo/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  Min,
} from 'class-validator';
import { NOT_BLANK } from '../text/text.patterns';
import { OneLine } from '../text/one-line.decorator';

const ROLE_MESSAGE = `each role must be one of ${ROLES.join(', ')}`;

export class CreateUserDto {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 200, { message: 'name must be between 1 and 200 characters' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @OneLine()
  name!: string;

  @ArrayMinSize(1, { message: 'roles must list at least one role' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles!: Role[];
}

export class UpdateUserRolesDto {
  @ArrayMinSize(1, { message: 'roles must list at least one role' })
  @ArrayMaxSize(4)
  @ArrayUnique()
  @IsIn(ROLES, { each: true, message: ROLE_MESSAGE })
  roles!: Role[];

  /** The version you last saw: a stale one is refused with the current record. */
  @IsInt()
  @Min(1)
  version!: number;
}

export class DisableUserDto {
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SetPasswordDto {
  @IsString()
  @MaxLength(200)
  token!: string;

  @IsString()
  @Length(12, 128, { message: 'password must be between 12 and 128 characters' })
  password!: string;
}
