// Account administration for the office's admins; handlers only delegate.
import { Body, Controller, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CreateUserDto,
  DisableUserDto,
  SetPasswordDto,
  UpdateUserRolesDto,
  type PasswordSetupResponse,
  type UserResponse,
} from '@amparo/contracts';
import { WithoutTransaction } from '../database/without-transaction.decorator';
import { CurrentPrincipal } from '../identity/current-principal.decorator';
import { Public, RequirePermission } from '../identity/permission.decorator';
import type { Principal } from '../identity/principal';
import { UsersService } from './users.service';
import { RecordId } from '../common/http/record-id.decorator';

@ApiTags('users')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @RequirePermission('users.manage')
  list(): Promise<UserResponse[]> {
    return this.users.list();
  }

  @Post('users')
  @RequirePermission('users.manage')
  invite(
    @CurrentPrincipal() admin: Principal,
    @Body() body: CreateUserDto,
  ): Promise<PasswordSetupResponse> {
    return this.users.invite(admin, body);
  }

  @Patch('users/:id/roles')
  @RequirePermission('users.manage')
  @WithoutTransaction() // the service's own, so a refused self-grant stays in the audit trail
  updateRoles(
    @CurrentPrincipal() admin: Principal,
    @RecordId() id: string,
    @Body() body: UpdateUserRolesDto,
  ): Promise<UserResponse> {
    return this.users.updateRoles(admin, id, body);
  }

  @Post('users/:id/disable')
  @HttpCode(200)
  @RequirePermission('users.manage')
  disable(@RecordId() id: string, @Body() body: DisableUserDto): Promise<UserResponse> {
    return this.users.disable(id, body.reason);
  }

  @Post('users/:id/enable')
  @HttpCode(200)
  @RequirePermission('users.manage')
  enable(@RecordId() id: string): Promise<UserResponse> {
    return this.users.enable(id);
  }

  @Post('users/:id/mfa/reset')
  @HttpCode(200)
  @RequirePermission('users.manage')
  resetMfa(@RecordId() id: string): Promise<UserResponse> {
    return this.users.resetMfa(id);
  }

  @Post('users/:id/password-reset')
  @HttpCode(200)
  @RequirePermission('users.manage')
  resetPassword(
    @CurrentPrincipal() admin: Principal,
    @RecordId() id: string,
  ): Promise<PasswordSetupResponse> {
    return this.users.resetPassword(admin, id);
  }

  @Post('auth/set-password')
  @HttpCode(204)
  @Public()
  @WithoutTransaction()
  setPassword(@Body() body: SetPasswordDto): Promise<void> {
    return this.users.setPassword(body.token, body.password);
  }
}
