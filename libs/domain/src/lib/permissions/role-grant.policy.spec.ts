import { caseRolesAdded } from './role-grant.policy';

describe('caseRolesAdded', () => {
  it.each([
    [['admin'], ['admin', 'supervisor'], ['supervisor']],
    [['admin'], ['admin', 'attorney', 'paralegal'], ['attorney', 'paralegal']],
    [['admin', 'attorney'], ['admin', 'attorney'], []],
    [['admin', 'supervisor'], ['admin'], []],
    [['paralegal'], ['paralegal', 'admin'], []],
  ] as const)('from %j to %j adds %j', (current, next, added) => {
    expect(caseRolesAdded(current, next)).toEqual(added);
  });
});
