import {
  caseReadReach,
  decideCaseAccess,
  type CaseAccessSubject,
  type CaseAccessTarget,
} from './case-access.policy';

const LIMA = 'lima';
const member = (userId: string, ...roles: CaseAccessSubject['roles']): CaseAccessSubject => ({
  userId,
  organizationId: LIMA,
  roles,
});
const aCase: CaseAccessTarget = {
  organizationId: LIMA,
  leadAttorneyId: 'lucia',
  assignedUserIds: ['diego'],
};

describe('case access policy', () => {
  it('lets the lead attorney and assigned paralegals read and write', () => {
    for (const subject of [member('lucia', 'attorney'), member('diego', 'paralegal')]) {
      expect(decideCaseAccess(subject, aCase, 'assigned', 'read')).toBe('allowed');
      expect(decideCaseAccess(subject, aCase, 'assigned', 'write')).toBe('allowed');
    }
  });

  it('hides a case from unassigned attorneys and paralegals when visibility is by assignment', () => {
    expect(decideCaseAccess(member('ana', 'attorney'), aCase, 'assigned', 'read')).toBe(
      'not_found',
    );
    expect(decideCaseAccess(member('jorge', 'paralegal'), aCase, 'assigned', 'write')).toBe(
      'not_found',
    );
  });

  it('lets the whole office read, but not change, when visibility is office-wide', () => {
    expect(decideCaseAccess(member('ana', 'attorney'), aCase, 'organization', 'read')).toBe(
      'allowed',
    );
    expect(decideCaseAccess(member('ana', 'attorney'), aCase, 'organization', 'write')).toBe(
      'forbidden',
    );
  });

  it('lets supervisors read every case of their office', () => {
    expect(decideCaseAccess(member('martin', 'supervisor'), aCase, 'assigned', 'read')).toBe(
      'allowed',
    );
    expect(decideCaseAccess(member('martin', 'supervisor'), aCase, 'assigned', 'write')).toBe(
      'forbidden',
    );
  });

  it('gives admins no case content by that role alone', () => {
    expect(decideCaseAccess(member('rosa', 'admin'), aCase, 'organization', 'read')).toBe(
      'not_found',
    );
    expect(decideCaseAccess(member('rosa', 'admin', 'supervisor'), aCase, 'assigned', 'read')).toBe(
      'allowed',
    );
  });

  it("answers not found for another office's case, whatever the role", () => {
    const elsewhere = { ...aCase, organizationId: 'tijuana' };
    for (const subject of [member('lucia', 'attorney'), member('martin', 'supervisor')]) {
      expect(decideCaseAccess(subject, elsewhere, 'organization', 'read')).toBe('not_found');
    }
  });

  it('does not count an admin as assigned even if listed', () => {
    const listed = { ...aCase, assignedUserIds: ['rosa'] };
    expect(decideCaseAccess(member('rosa', 'admin'), listed, 'assigned', 'read')).toBe('not_found');
  });

  it('states the reach of each role across the office, as lists and SQL apply it', () => {
    for (const visibility of ['assigned', 'organization'] as const) {
      expect(caseReadReach(member('martin', 'supervisor'), visibility)).toBe('organization');
      expect(caseReadReach(member('rosa', 'admin'), visibility)).toBe('none');
    }
    expect(caseReadReach(member('lucia', 'attorney'), 'assigned')).toBe('assigned');
    expect(caseReadReach(member('diego', 'paralegal'), 'organization')).toBe('organization');
  });

  it('agrees with the per-case decision: an office-wide reach reads any case of the office', () => {
    const unassigned = { ...aCase, leadAttorneyId: null, assignedUserIds: [] };
    const subjects = [
      member('lucia', 'attorney'),
      member('diego', 'paralegal'),
      member('martin', 'supervisor'),
      member('rosa', 'admin'),
    ];
    for (const visibility of ['assigned', 'organization'] as const) {
      for (const subject of subjects) {
        const reads = decideCaseAccess(subject, unassigned, visibility, 'read') === 'allowed';
        expect(reads).toBe(caseReadReach(subject, visibility) === 'organization');
      }
    }
  });
});
