import type { Type } from '@angular/core';
import type { Route } from '@angular/router';
import type { RequiresPermission } from '../../core/auth';
import type { MessageKey } from '../../core/i18n';

/**
 * One tab of the case page: its path under /cases/:id, its label, and its component (lazy).
 * Adding a tab is adding one entry here; the tab bar and the child routes are both built from it.
 */
export interface CaseTab extends RequiresPermission {
  path: string;
  label: MessageKey;
  loadComponent: () => Promise<Type<unknown>>;
}

export const caseTabs: readonly CaseTab[] = [
  {
    path: 'overview',
    label: 'case.tab.overview',
    loadComponent: () => import('./overview/overview.tab').then((m) => m.OverviewTab),
  },
  {
    path: 'timeline',
    label: 'case.tab.timeline',
    loadComponent: () => import('./timeline/timeline.tab').then((m) => m.TimelineTab),
  },
  {
    path: 'deadlines',
    label: 'case.tab.deadlines',
    loadComponent: () => import('./deadlines/deadlines.tab').then((m) => m.DeadlinesTab),
  },
  {
    path: 'risk',
    label: 'case.tab.risk',
    loadComponent: () => import('../case-risk/case-risk.page').then((m) => m.CaseRiskPage),
  },
  {
    path: 'filings',
    label: 'case.tab.filings',
    loadComponent: () => import('../case-filings/case-filings.page').then((m) => m.CaseFilingsPage),
  },
  {
    path: 'filing-facts',
    label: 'case.tab.filingFacts',
    loadComponent: () =>
      import('../case-filing-facts/filing-facts.tab').then((m) => m.FilingFactsTab),
  },
  {
    path: 'notes',
    label: 'case.tab.notes',
    anyPermission: ['notes.read'],
    loadComponent: () => import('./notes/notes.tab').then((m) => m.NotesTab),
  },
];

/** The child routes of /cases/:id, one per tab; the tab's label is its page title too. */
export function caseTabRoutes(guard: Route['canActivate']): Route[] {
  return caseTabs.map((tab) => ({
    path: tab.path,
    title: tab.label,
    loadComponent: tab.loadComponent,
    ...(tab.anyPermission
      ? { canActivate: guard, data: { anyPermission: tab.anyPermission } }
      : {}),
  }));
}
