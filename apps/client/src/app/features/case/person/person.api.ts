import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Observable } from 'rxjs';
import type {
  AddCaseDerivativeDto,
  CaseDerivativeResponse,
  ClientResponse,
  ClientSearchResult,
  UpdateClientDto,
} from '@amparo/contracts';
import { apiBase } from '../../../core/http';

const id = (value: string) => encodeURIComponent(value);

export const personUrls = {
  client: (clientId: string) => `${apiBase}/clients/${id(clientId)}`,
  search: `${apiBase}/clients`,
  derivatives: (caseId: string) => `${apiBase}/cases/${id(caseId)}/derivatives`,
  derivative: (caseId: string, clientId: string) =>
    `${apiBase}/cases/${id(caseId)}/derivatives/${id(clientId)}`,
} as const;

/** A case's people: its client's record (each read audited) and derivative family members. */
@Injectable({ providedIn: 'root' })
export class PersonApi {
  private readonly http = inject(HttpClient);

  client(clientId: string): Observable<ClientResponse> {
    return this.http.get<ClientResponse>(personUrls.client(clientId));
  }

  updateClient(clientId: string, change: UpdateClientDto): Observable<ClientResponse> {
    return this.http.patch<ClientResponse>(personUrls.client(clientId), change);
  }

  /** People of the office by name, only those the member may read. */
  searchPeople(q: string): Observable<ClientSearchResult[]> {
    return this.http.get<ClientSearchResult[]>(personUrls.search, { params: { q } });
  }

  derivatives(caseId: string): Observable<CaseDerivativeResponse[]> {
    return this.http.get<CaseDerivativeResponse[]>(personUrls.derivatives(caseId));
  }

  addDerivative(caseId: string, body: AddCaseDerivativeDto): Observable<CaseDerivativeResponse> {
    return this.http.post<CaseDerivativeResponse>(personUrls.derivatives(caseId), body);
  }

  removeDerivative(caseId: string, clientId: string): Observable<void> {
    return this.http.delete<void>(personUrls.derivative(caseId, clientId));
  }
}
