// Passport strategy: the caller is whoever the bearer token (API clients) or the session cookie
// (browsers) says, as long as the server-side session is alive.
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import { notSignedIn } from './identity.errors';
import { ACCESS_COOKIE, CSRF_HEADER } from './auth-cookies';
import type { Principal } from './principal';
import { SessionsService } from './sessions.service';

export const SESSION_STRATEGY = 'amparo-session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class SessionTokenStrategy extends PassportStrategy(Strategy, SESSION_STRATEGY) {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  async validate(request: Request): Promise<Principal> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([^\s]+)$/.exec(header);
      if (!match) throw notSignedIn();
      return this.sessions.authenticate(match[1], { via: 'bearer', checkCsrf: false });
    }
    const cookie = (request.cookies as Record<string, string> | undefined)?.[ACCESS_COOKIE];
    if (!cookie) throw notSignedIn();
    const csrf = request.headers[CSRF_HEADER];
    return this.sessions.authenticate(cookie, {
      via: 'cookie',
      checkCsrf: !SAFE_METHODS.has(request.method),
      csrfToken: typeof csrf === 'string' ? csrf : null,
    });
  }
}
