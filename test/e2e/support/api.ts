// Arranges records through the real API (as the demo staff, with bearer tokens) so a browser test
// can start from a state a person would otherwise build in other screens: cases, clocks, risk.
import { SCREENING_QUESTION_IDS as Q } from '@amparo/domain';
import { DEMO_PASSWORD } from '../../../apps/api/src/app/seed/demo-data';
import { appUrl } from './browser';
import type { StaffMember } from './amparo';

export interface ApiSession {
  userId: string;
  call<T>(method: string, path: string, body?: object): Promise<T>;
}

export async function apiSession(member: StaffMember): Promise<ApiSession> {
  const login = await fetch(`${appUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: member.email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`login of ${member.email}: ${login.status}`);
  const { accessToken, user } = (await login.json()) as {
    accessToken: string;
    user: { id: string };
  };
  return {
    userId: user.id,
    async call<T>(method: string, path: string, body?: object): Promise<T> {
      const response = await fetch(`${appUrl()}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${accessToken}`,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as T;
    },
  };
}

/** An instant `hours` ago, on a whole minute, in UTC. */
export function hoursAgo(hours: number): string {
  const at = new Date(Date.now() - hours * 3_600_000);
  at.setUTCSeconds(0, 0);
  return at.toISOString();
}

/** A Peru PASEE case of a fictional Venezuelan, retained `hours` ago; returns id and reference. */
export async function retainedInLima(
  paralegal: ApiSession,
  leadAttorneyId: string,
  hours: number,
  familyName: string,
): Promise<{ id: string; reference: string }> {
  const client = await paralegal.call<{ id: string }>('POST', '/api/clients', {
    givenNames: 'Yorgelis',
    familyNames: `${familyName} (demo)`,
    nationalities: ['VE'],
    acknowledgeDuplicates: true,
  });
  const opened = await paralegal.call<{ id: string; reference: string }>('POST', '/api/cases', {
    clientId: client.id,
    jurisdiction: 'PE',
    procedure: 'pasee-expulsion',
    leadAttorneyId,
    custodyStatus: 'detained',
  });
  await paralegal.call('POST', `/api/cases/${opened.id}/events`, {
    eventType: 'police-retention',
    occurredAt: hoursAgo(hours),
  });
  return { id: opened.id, reference: opened.reference };
}

/** Answers that score a detained Venezuelan in a PASEE as high risk (the integration tests' set). */
export const venezuelanHighRisk = {
  [Q.nationality]: 'VE',
  [Q.destinationCountry]: 'VE',
  [Q.forumCountry]: 'PE',
  [Q.harmOrThreats]: true,
  [Q.harmTypes]: ['death-threat'],
  [Q.actors]: ['armed-group'],
  [Q.vulnerabilities]: ['detained'],
  [Q.removalProcedure]: 'pasee',
};
