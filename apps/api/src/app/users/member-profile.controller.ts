// A member's professional profile over HTTP: one's own, or (supervisors, admins) another's.
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { UpdateMemberProfileDto, type MemberProfileResponse } from '@amparo/contracts';
import { RecordId } from '../common/http/record-id.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { MemberProfileService } from './member-profile.service';

@ApiTags('users')
@Controller()
export class MemberProfileController {
  constructor(private readonly profiles: MemberProfileService) {}

  @Get('profile')
  @RequirePermission('self.manage')
  own(@CurrentPrincipal() principal: Principal): Promise<MemberProfileResponse> {
    return this.profiles.get(principal.userId);
  }

  @Put('profile')
  @RequirePermission('self.manage')
  updateOwn(
    @CurrentPrincipal() principal: Principal,
    @Body() input: UpdateMemberProfileDto,
  ): Promise<MemberProfileResponse> {
    return this.profiles.update(principal, principal.userId, input);
  }

  @Get('users/:id/profile')
  @RequirePermission('profiles.manage')
  get(@RecordId() userId: string): Promise<MemberProfileResponse> {
    return this.profiles.get(userId);
  }

  @Put('users/:id/profile')
  @RequirePermission('profiles.manage')
  update(
    @CurrentPrincipal() principal: Principal,
    @RecordId() userId: string,
    @Body() input: UpdateMemberProfileDto,
  ): Promise<MemberProfileResponse> {
    return this.profiles.update(principal, userId, input);
  }
}
