import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  CaseResponse,
  ClientResponse,
  CreateCaseDto,
  CreateClientDto,
  DuplicateCheckDto,
  DuplicateMatch,
  OfficeDefaultsResponse,
} from '@amparo/contracts';
import { apiBase } from '../../core/http';

export const intakeUrls = {
  duplicateCheck: `${apiBase}/clients/duplicate-check`,
  clients: `${apiBase}/clients`,
  cases: `${apiBase}/cases`,
  defaults: `${apiBase}/organization/defaults`,
} as const;

/** Taking one person in: look for duplicates, save the client, open their case. */
@Injectable({ providedIn: 'root' })
export class IntakeApi {
  private readonly http = inject(HttpClient);

  duplicates(check: DuplicateCheckDto): Observable<DuplicateMatch[]> {
    return this.http.post<DuplicateMatch[]>(intakeUrls.duplicateCheck, check);
  }

  createClient(client: CreateClientDto): Observable<ClientResponse> {
    return this.http.post<ClientResponse>(intakeUrls.clients, client);
  }

  /** The office's country, zone and language, which a new intake starts from. */
  defaults(): Observable<OfficeDefaultsResponse> {
    return this.http.get<OfficeDefaultsResponse>(intakeUrls.defaults);
  }

  openCase(matter: CreateCaseDto): Observable<CaseResponse> {
    return this.http.post<CaseResponse>(intakeUrls.cases, matter);
  }
}
