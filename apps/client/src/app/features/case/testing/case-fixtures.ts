import type { CaseDeadlineResponse, CaseResponse } from '@amparo/contracts';

/** A PASEE case in Lima led by Rosa Quispe (the test session's attorney, user u-1). */
export function aCase(overrides: Partial<CaseResponse> = {}): CaseResponse {
  return {
    id: '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a60',
    reference: 'PE-2026-TEST01',
    clientId: '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a61',
    clientName: 'Yenifer Castañeda Rojas',
    clientGender: null,
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
    forum: null,
    timeZone: 'America/Lima',
    aNumber: null,
    expediente: null,
    custodyStatus: 'detained',
    stage: 'intake',
    outcome: null,
    priority: 'normal',
    leadAttorneyId: 'u-1',
    paralegalIds: [],
    version: 1,
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    archivedAt: null,
    ...overrides,
  };
}

/** The PASEE decision clock of a retention at 04:00 Lima time on 2 March 2026. */
export function aDeadline(overrides: Partial<CaseDeadlineResponse> = {}): CaseDeadlineResponse {
  return {
    id: '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a70',
    caseId: aCase().id,
    eventId: '0b7e9a52-3c1d-4f6e-9a8b-1c2d3e4f5a80',
    ruleId: 'pe.pasee.decision',
    packVersion: '1.0.0',
    kind: 'due',
    title: { en: 'PASEE must end', es: 'Fin del PASEE' },
    dueAt: '2026-03-03T09:00:00.000Z',
    latestDueAt: '2026-03-04T09:00:00.000Z',
    effectiveDueAt: '2026-03-03T09:00:00.000Z',
    timeZone: 'America/Lima',
    basis: { en: '24 hours from the retention', es: '24 horas desde la retención' },
    citation: 'DL 1582',
    ruleStatus: 'secondary',
    urgent: true,
    completionRecords: null,
    status: 'open',
    party: 'authority',
    recordedAt: '2026-03-02T09:10:00.000Z',
    state: 'watch',
    overridden: false,
    override: null,
    waiver: null,
    completion: null,
    history: [],
    version: 1,
    ...overrides,
  };
}
