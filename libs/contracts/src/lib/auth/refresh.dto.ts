// API clients send their refresh token in the body; browsers send the httpOnly cookie instead.
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class RefreshDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}
