// Setting up a case through the API the page itself talks to (same cookies, same CSRF token), for
// tests about what happens once a case exists. Intake through the screens has its own test.
import type { Page } from 'playwright-core';

export interface CaseSetup {
  givenNames: string;
  familyNames: string;
  birthDate?: string;
  /** ISO 3166-1 alpha-2 codes, e.g. ['VE']. */
  nationalities?: string[];
  jurisdiction?: string;
  procedure?: string;
  /** A court or office of the shipped lists (required where the country has several zones). */
  forumId?: string;
  custodyStatus?: 'detained' | 'released' | 'at_liberty' | 'unknown';
  /** Recorded after opening: e.g. a police retention with its instant (ISO 8601 with offset). */
  event?: { eventType: string; occurredAt: string };
}

/** Opens a case for a new (fictional) client as the signed-in member; returns the case id. */
export async function openCaseThroughApi(page: Page, setup: CaseSetup): Promise<string> {
  return page.evaluate(async (input) => {
    const csrf = decodeURIComponent(
      document.cookie
        .split(';')
        .map((part) => part.trim().split('='))
        .find(([name]) => name === 'amparo_csrf')?.[1] ?? '',
    );
    const post = async (url: string, body: unknown) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { id: string };
    };
    const client = await post('/api/clients', {
      givenNames: input.givenNames,
      familyNames: input.familyNames,
      ...(input.birthDate ? { birthDate: input.birthDate } : {}),
      ...(input.nationalities ? { nationalities: input.nationalities } : {}),
      acknowledgeDuplicates: true,
    });
    const opened = await post('/api/cases', {
      clientId: client.id,
      jurisdiction: input.jurisdiction ?? 'PE',
      procedure: input.procedure ?? 'pasee-expulsion',
      custodyStatus: input.custodyStatus ?? 'detained',
      ...(input.forumId ? { forumId: input.forumId } : {}),
    });
    if (input.event) await post(`/api/cases/${opened.id}/events`, input.event);
    return opened.id;
  }, setup);
}

/** An instant `hoursAgo` hours before now, as ISO 8601 with Lima's offset (-05:00, no DST). */
export function limaInstantHoursAgo(hoursAgo: number): string {
  const lima = new Date(Date.now() - hoursAgo * 3_600_000 - 5 * 3_600_000);
  return `${lima.toISOString().slice(0, 16)}:00-05:00`;
}

/** A PUT through the API the page talks to (its cookies and CSRF token), for test set-up. */
export async function putThroughApi(page: Page, url: string, body: unknown): Promise<void> {
  await page.evaluate(
    async ({ url, body }) => {
      const csrf = decodeURIComponent(
        document.cookie
          .split(';')
          .map((part) => part.trim().split('='))
          .find(([name]) => name === 'amparo_csrf')?.[1] ?? '',
      );
      const response = await fetch(url, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    },
    { url, body },
  );
}
