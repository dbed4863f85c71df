import { memberAddedNotice, passwordLinkNotice, rolesChangedNotice } from './account-notices';

const change = { memberName: 'Diego Salazar (demo)', actorName: 'Rosa Quispe (demo)' };

describe('account notices', () => {
  it('tells the member and the supervisors of a role change, with the roles in each language', () => {
    const facts = { ...change, before: ['paralegal'], after: ['paralegal', 'supervisor'] } as const;
    expect(rolesChangedNotice('member', facts).body).toEqual({
      en: 'Rosa Quispe (demo) changed your roles: Paralegal → Paralegal, Supervisor. If you did not expect this, tell a supervisor.',
      es: 'Rosa Quispe (demo) cambió sus roles: Asistente legal → Asistente legal, Supervisor. Si no lo esperaba, avise a un supervisor.',
    });
    expect(rolesChangedNotice('supervisors', facts).title).toEqual({
      en: 'Roles changed: Diego Salazar (demo)',
      es: 'Roles cambiados: Diego Salazar (demo)',
    });
  });

  it('names who issued a password link, and whom it is for', () => {
    expect(passwordLinkNotice('supervisors', change).body.es).toBe(
      'Rosa Quispe (demo) emitió un enlace para fijar una nueva contraseña de Diego Salazar (demo).',
    );
    expect(passwordLinkNotice('member', change).body.en).toContain('ended your sessions');
  });

  it('lists the roles a new member was given', () => {
    expect(memberAddedNotice({ ...change, roles: ['attorney'] }).body.en).toBe(
      'Rosa Quispe (demo) added Diego Salazar (demo) with the roles Attorney.',
    );
  });
});
