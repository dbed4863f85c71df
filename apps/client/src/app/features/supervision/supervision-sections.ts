import type { Permission } from '../../core/auth';
import type { MessageKey } from '../../core/i18n';
import { routePaths, routeUrls } from '../../route-paths';

export interface SupervisionSection {
  path: string;
  url: string;
  label: MessageKey;
  permission: Permission;
}

/** The sections of the supervision area, in the order a supervisor's morning goes. */
export const supervisionSections: readonly SupervisionSection[] = [
  {
    path: routePaths.supervisionDeadlines,
    url: routeUrls.supervisionDeadlines,
    label: 'supervision.deadlines.title',
    permission: 'deadlines.audit',
  },
  {
    path: routePaths.supervisionEscalations,
    url: routeUrls.supervisionEscalations,
    label: 'supervision.escalations.title',
    permission: 'risk.escalations',
  },
  {
    path: routePaths.supervisionRuleChanges,
    url: routeUrls.supervisionRuleChanges,
    label: 'supervision.ruleChanges.title',
    permission: 'deadlines.audit',
  },
  {
    path: routePaths.supervisionOverview,
    url: routeUrls.supervisionOverview,
    label: 'supervision.overview.title',
    permission: 'deadlines.audit',
  },
  {
    path: routePaths.supervisionAudit,
    url: routeUrls.supervisionAudit,
    label: 'supervision.audit.title',
    permission: 'audit.read',
  },
  {
    path: routePaths.supervisionCalendars,
    url: routeUrls.supervisionCalendars,
    label: 'supervision.calendars.title',
    permission: 'calendars.manage',
  },
  {
    path: routePaths.supervisionCountries,
    url: routeUrls.supervisionCountries,
    label: 'supervision.countries.title',
    permission: 'country-profiles.read',
  },
  {
    path: routePaths.supervisionMembers,
    url: routeUrls.supervisionMembers,
    label: 'supervision.members.title',
    permission: 'profiles.manage',
  },
];
