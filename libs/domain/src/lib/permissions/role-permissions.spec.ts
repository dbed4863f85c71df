import { PERMISSIONS } from './permission';
import { can, permissionsOf, ROLE_PERMISSIONS } from './role-permissions';
import { ROLES } from './role';

describe('role permissions', () => {
  it('never lets a paralegal file, waive, override or delete', () => {
    for (const permission of [
      'filings.mark-filed',
      'filings.approve',
      'deadlines.waive',
      'deadlines.override',
      'deadlines.complete',
      'clients.erase',
      'cases.archive',
    ] as const) {
      expect(can(['paralegal'], permission)).toBe(false);
    }
  });

  it('gives attorneys everything paralegals have, plus acts with legal effect', () => {
    for (const permission of ROLE_PERMISSIONS.paralegal)
      expect(can(['attorney'], permission)).toBe(true);
    expect(can(['attorney'], 'filings.mark-filed')).toBe(true);
    expect(can(['attorney'], 'filings.approve')).toBe(true);
    expect(can(['attorney'], 'risk.sign-off')).toBe(true);
    expect(can(['attorney'], 'deadlines.waive')).toBe(false);
  });

  it('lets supervisors read every case, waive and audit, but not file', () => {
    expect(can(['supervisor'], 'cases.read-all')).toBe(true);
    expect(can(['supervisor'], 'deadlines.waive')).toBe(true);
    expect(can(['supervisor'], 'audit.read')).toBe(true);
    expect(can(['supervisor'], 'filings.mark-filed')).toBe(false);
    // a supervisor reviews a filing before it is filed, without filing it
    expect(can(['supervisor'], 'filings.approve')).toBe(true);
    expect(can(['supervisor', 'admin'], 'profiles.manage')).toBe(true);
    expect(can(['paralegal'], 'profiles.manage')).toBe(false);
  });

  it('keeps admins away from case content unless they also supervise', () => {
    const caseContent = PERMISSIONS.filter((p) =>
      /^(cases|notes|filings|risk|deadlines|events)\./.test(p),
    );
    for (const permission of caseContent) expect(can(['admin'], permission)).toBe(false);
    expect(can(['admin', 'supervisor'], 'cases.read-all')).toBe(true);
  });

  it('combines roles as a union and grants every permission to some role', () => {
    const everything = permissionsOf([...ROLES]);
    expect([...everything].sort()).toEqual([...PERMISSIONS].sort());
    expect(permissionsOf([])).toEqual(new Set());
  });
});
