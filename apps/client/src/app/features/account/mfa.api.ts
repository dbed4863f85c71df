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

export type MfaEnrolment = MfaEnrolmentResponse;

/** The signed-in person's own second factor. Each change asks for the password again. */
@Injectable({ providedIn: 'root' })
export class MfaApi {
  private readonly http = inject(HttpClient);

  enrol(password: string): Observable<MfaEnrolment> {
    const body: MfaEnrolDto = { password };
    return this.http.post<MfaEnrolment>(authUrls.mfaEnrol, body);
  }

  confirm(code: string): Observable<MfaRecoveryCodesResponse> {
    const body: MfaConfirmDto = { code };
    return this.http.post<MfaRecoveryCodesResponse>(authUrls.mfaConfirm, body);
  }

  disable(password: string, code: string): Observable<void> {
    const body: MfaDisableDto = { password, code };
    return this.http.post<void>(authUrls.mfaDisable, body);
  }
}
