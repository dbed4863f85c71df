import type { MessageKey } from '../i18n';
import type { Role } from './auth.models';

/** Each role's name and a one-line summary of what it may do, as message keys. */
export const roleLabelKeys = {
  admin: 'roles.admin',
  supervisor: 'roles.supervisor',
  attorney: 'roles.attorney',
  paralegal: 'roles.paralegal',
} as const satisfies Record<Role, MessageKey>;

export const roleHintKeys = {
  admin: 'roles.admin.hint',
  supervisor: 'roles.supervisor.hint',
  attorney: 'roles.attorney.hint',
  paralegal: 'roles.paralegal.hint',
} as const satisfies Record<Role, MessageKey>;
