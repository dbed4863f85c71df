// Fictional cases opened through the API one lifecycle step at a time, as caseflow's factories
// read: `await aCase(paralegal).detainedInPeru().ledBy(attorneyId).retainedHoursAgo(3).open()`.
// Every step goes through the same routes a member uses, so a case built here is one the API made.
import type { asBearer } from './demo-users';

type Caller = ReturnType<typeof asBearer>;

const HOUR = 3_600_000;

export interface OpenedCase {
  caseId: string;
  clientId: string;
  /** The police retention that started the PASEE clocks, when one was recorded. */
  retention?: { eventId: string; version: number; occurredAt: Date };
}

export class CaseBuilder {
  private readonly client: Record<string, unknown> = {
    givenNames: 'Persona',
    familyNames: `Prueba (test ${Math.random().toString(36).slice(2, 8)})`,
    acknowledgeDuplicates: true,
  };
  private readonly matter: Record<string, unknown> = {
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
  };
  private retainedAt?: Date;

  constructor(private readonly by: Caller) {}

  /** Who the person is (fictional); a random family name keeps people apart otherwise. */
  of(person: Record<string, unknown>): this {
    Object.assign(this.client, person);
    return this;
  }

  /** A Venezuelan national held by the police in Peru, in PASEE expulsion proceedings. */
  detainedInPeru(): this {
    this.client['nationalities'] = ['VE'];
    Object.assign(this.matter, {
      jurisdiction: 'PE',
      procedure: 'pasee-expulsion',
      custodyStatus: 'detained',
      expediente: 'EXP-TEST-2026 (test)',
    });
    return this;
  }

  /** Fields of the case itself (a procedure, an A-number, a priority...). */
  with(matter: Record<string, unknown>): this {
    Object.assign(this.matter, matter);
    return this;
  }

  ledBy(attorneyId: string): this {
    this.matter['leadAttorneyId'] = attorneyId;
    return this;
  }

  /** A police retention `hours` ago (on a whole minute): the PASEE clocks start from it. */
  retainedHoursAgo(hours: number): this {
    const at = new Date(Date.now() - hours * HOUR);
    at.setUTCSeconds(0, 0);
    this.retainedAt = at;
    return this;
  }

  async open(): Promise<OpenedCase> {
    const client = await this.by.post('/api/clients', this.client).expect(201);
    const opened = await this.by
      .post('/api/cases', { ...this.matter, clientId: client.body.id })
      .expect(201);
    const caseId: string = opened.body.id;
    if (!this.retainedAt) return { caseId, clientId: client.body.id };
    const event = await this.by
      .post(`/api/cases/${caseId}/events`, {
        eventType: 'police-retention',
        occurredAt: this.retainedAt.toISOString(),
      })
      .expect(201);
    return {
      caseId,
      clientId: client.body.id,
      retention: {
        eventId: event.body.id,
        version: event.body.version,
        occurredAt: this.retainedAt,
      },
    };
  }
}

/** A case to be opened by `by` (a member who may take people in). */
export function aCase(by: Caller): CaseBuilder {
  return new CaseBuilder(by);
}
