import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  MfaConfirmDto,
  MfaDisableDto,
  MfaEnrolDto,
  MfaEnrolmentResponse,
  MfaRecoveryCodesResponse,
} from '@amparo/contracts';
import type { Observable } from 'rxjs';
import { authUrls } from '../../core/auth';
import { sixDigits } from './mfa-errors';

export type MfaEnrolment = MfaEnrolmentResponse;

/** A current code or a recovery code, as the API takes it. */
export type SecondFactor = Pick<MfaDisableDto, 'code' | 'recoveryCode'>;

/** One field takes either: six digits are a code, anything else is read as a recovery code. */
export function secondFactorOf(typed: string): SecondFactor {
  const value = typed.trim().toLowerCase();
  return sixDigits.test(value) ? { code: value } : { recoveryCode: value };
}

/** The signed-in person's own second factor. Each change asks for the password again. */
@Injectable({ providedIn: 'root' })
export class MfaApi {
  private readonly http = inject(HttpClient);

  /** With MFA already on (a replacement), the current code or a recovery code too. */
  enrol(password: string, current?: SecondFactor): Observable<MfaEnrolment> {
    const body: MfaEnrolDto = { password, ...current };
    return this.http.post<MfaEnrolment>(authUrls.mfaEnrol, body);
  }

  confirm(code: string): Observable<MfaRecoveryCodesResponse> {
    const body: MfaConfirmDto = { code };
    return this.http.post<MfaRecoveryCodesResponse>(authUrls.mfaConfirm, body);
  }

  disable(password: string, current: SecondFactor): Observable<void> {
    const body: MfaDisableDto = { password, ...current };
    return this.http.post<void>(authUrls.mfaDisable, body);
  }
}
