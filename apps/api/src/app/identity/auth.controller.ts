// Sign in, refresh, sign out, and who am I. Handlers only translate HTTP to the services.
import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import {
  LoginDto,
  MfaConfirmDto,
  MfaDisableDto,
  MfaEnrolDto,
  RefreshDto,
  type MfaEnrolmentResponse,
  type MfaRecoveryCodesResponse,
  type LoginResponse,
  type MeResponse,
  type RefreshResponse,
} from '@amparo/contracts';
import { WithoutTransaction } from '../database/without-transaction.decorator';
import { clearSessionCookies, REFRESH_COOKIE, setSessionCookies } from './auth-cookies';
import { toLoginResponse, toMeResponse, toRefreshResponse } from './auth.mapper';
import { CurrentPrincipal } from './current-principal.decorator';
import { sessionEnded } from './identity.errors';
import { LoginService } from './login.service';
import { MfaService } from './mfa.service';
import { Public, RequirePermission } from './permission.decorator';
import type { Principal } from './principal';
import { SessionsService } from './sessions.service';

const clientOf = (request: Request) => ({
  ip: request.ip,
  userAgent: request.headers['user-agent'],
});

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly logins: LoginService,
    private readonly sessions: SessionsService,
    private readonly mfa: MfaService,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @WithoutTransaction()
  async login(
    @Body() body: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LoginResponse> {
    const { tokens, user } = await this.logins.login(body, clientOf(request));
    const mode = body.mode ?? 'bearer';
    if (mode === 'cookie') setSessionCookies(request, response, tokens);
    return toLoginResponse(tokens, user, mode);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @WithoutTransaction()
  async refresh(
    @Body() body: RefreshDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RefreshResponse> {
    // The mode follows where the refresh token came from: the body (bearer) or the cookie.
    const cookie = (request.cookies as Record<string, string> | undefined)?.[REFRESH_COOKIE];
    const mode = body.refreshToken ? 'bearer' : 'cookie';
    const token = body.refreshToken ?? cookie;
    if (!token) throw sessionEnded();
    const tokens = await this.sessions.refresh(token);
    if (mode === 'cookie') setSessionCookies(request, response, tokens);
    return toRefreshResponse(tokens, mode);
  }

  @Post('logout')
  @HttpCode(204)
  @RequirePermission('self.manage')
  async logout(
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    await this.logins.logout(principal);
    clearSessionCookies(response);
  }

  @Post('mfa/enrol')
  @HttpCode(200)
  @RequirePermission('self.manage')
  @WithoutTransaction()
  enrolMfa(
    @CurrentPrincipal() principal: Principal,
    @Body() body: MfaEnrolDto,
    @Req() request: Request,
  ): Promise<MfaEnrolmentResponse> {
    return this.mfa.enrol(principal, body, clientOf(request));
  }

  @Post('mfa/confirm')
  @HttpCode(200)
  @RequirePermission('self.manage')
  async confirmMfa(
    @CurrentPrincipal() principal: Principal,
    @Body() body: MfaConfirmDto,
  ): Promise<MfaRecoveryCodesResponse> {
    return { recoveryCodes: await this.mfa.confirm(principal, body.code) };
  }

  @Post('mfa/disable')
  @HttpCode(204)
  @RequirePermission('self.manage')
  @WithoutTransaction()
  disableMfa(
    @CurrentPrincipal() principal: Principal,
    @Body() body: MfaDisableDto,
    @Req() request: Request,
  ): Promise<void> {
    return this.mfa.disable(principal, body, clientOf(request));
  }

  @Get('me')
  @RequirePermission('self.manage')
  me(@CurrentPrincipal() principal: Principal): MeResponse {
    return toMeResponse(principal);
  }
}
