import { inject } from '@angular/core';
import { ActivatedRoute } from '@angular/router';

/**
 * The `:id` of the case a tab is shown for, read from the nearest route that has it (the tab's own
 * route or the case page above it), so a tab works as a child route or mounted on its own.
 */
export function injectCaseId(): string {
  const route = inject(ActivatedRoute);
  for (const snapshot of [...route.snapshot.pathFromRoot].reverse()) {
    const id = snapshot.paramMap.get('id');
    if (id) return id;
  }
  throw new Error('a case tab needs a route with an :id parameter');
}
