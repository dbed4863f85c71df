export * from './role';
export * from './permission';
export * from './role-permissions';
export * from './case-access.policy';
export * from './role-grant.policy';
