// Sign-in, sessions and the access gate in front of every route.
import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { LoginThrottle } from './login-throttle.service';
import { IdentityAudit } from './identity-audit';
import { LoginService } from './login.service';
import { MfaService } from './mfa.service';
import { PasswordRecheck } from './password-recheck.service';
import { SessionTokenStrategy } from './session-token.strategy';
import { SessionsService } from './sessions.service';

@Module({
  imports: [PassportModule, AuditModule],
  controllers: [AuthController],
  providers: [
    SessionsService,
    LoginService,
    IdentityAudit,
    LoginThrottle,
    MfaService,
    PasswordRecheck,
    SessionTokenStrategy,
    // The access gate runs first of the checks in RequestChecksGuard (app.module.ts).
    AccessGuard,
  ],
  exports: [SessionsService, IdentityAudit, AccessGuard],
})
export class IdentityModule {}
