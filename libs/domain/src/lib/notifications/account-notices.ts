// The words of notices about a member's account, in English and Spanish: an admin changed their
// roles, issued a link to set a new password, or added a member. The member and the office's
// supervisors hear of it, so an admin cannot quietly open case records to themselves or others.
import type { Bilingual } from '../deadlines/rule-pack.types';
import type { Role } from '../permissions/role';
import type { NoticeText } from './deadline-notices';

const ROLE_NAMES: Record<Role, Bilingual> = {
  admin: { en: 'Admin', es: 'Administrador' },
  supervisor: { en: 'Supervisor', es: 'Supervisor' },
  attorney: { en: 'Attorney', es: 'Abogado' },
  paralegal: { en: 'Paralegal', es: 'Asistente legal' },
};

/** Who is told: the member the change is about, or the office's supervisors. */
export type AccountNoticeAudience = 'member' | 'supervisors';

export interface AccountChange {
  readonly memberName: string;
  readonly actorName: string;
}

function roleList(roles: readonly Role[], language: keyof Bilingual): string {
  return roles.length ? roles.map((role) => ROLE_NAMES[role][language]).join(', ') : '—';
}

export function rolesChangedNotice(
  audience: AccountNoticeAudience,
  change: AccountChange & { readonly before: readonly Role[]; readonly after: readonly Role[] },
): NoticeText {
  const roles = (language: keyof Bilingual) =>
    `${roleList(change.before, language)} → ${roleList(change.after, language)}`;
  return audience === 'member'
    ? {
        title: { en: 'Your roles were changed', es: 'Se cambiaron sus roles' },
        body: {
          en: `${change.actorName} changed your roles: ${roles('en')}. If you did not expect this, tell a supervisor.`,
          es: `${change.actorName} cambió sus roles: ${roles('es')}. Si no lo esperaba, avise a un supervisor.`,
        },
      }
    : {
        title: {
          en: `Roles changed: ${change.memberName}`,
          es: `Roles cambiados: ${change.memberName}`,
        },
        body: {
          en: `${change.actorName} changed the roles of ${change.memberName}: ${roles('en')}.`,
          es: `${change.actorName} cambió los roles de ${change.memberName}: ${roles('es')}.`,
        },
      };
}

export function passwordLinkNotice(
  audience: AccountNoticeAudience,
  change: AccountChange,
): NoticeText {
  return audience === 'member'
    ? {
        title: {
          en: 'A password link was issued for you',
          es: 'Se emitió un enlace de contraseña',
        },
        body: {
          en: `${change.actorName} issued a link to set a new password for your account and ended your sessions. If you did not ask for it, tell a supervisor.`,
          es: `${change.actorName} emitió un enlace para fijar una nueva contraseña de su cuenta y cerró sus sesiones. Si no lo pidió, avise a un supervisor.`,
        },
      }
    : {
        title: {
          en: `Password link issued: ${change.memberName}`,
          es: `Enlace de contraseña emitido: ${change.memberName}`,
        },
        body: {
          en: `${change.actorName} issued a link to set a new password for ${change.memberName}.`,
          es: `${change.actorName} emitió un enlace para fijar una nueva contraseña de ${change.memberName}.`,
        },
      };
}

export function memberAddedNotice(
  change: AccountChange & { readonly roles: readonly Role[] },
): NoticeText {
  return {
    title: {
      en: `Member added: ${change.memberName}`,
      es: `Miembro agregado: ${change.memberName}`,
    },
    body: {
      en: `${change.actorName} added ${change.memberName} with the roles ${roleList(change.roles, 'en')}.`,
      es: `${change.actorName} agregó a ${change.memberName} con los roles ${roleList(change.roles, 'es')}.`,
    },
  };
}
