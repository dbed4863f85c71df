export * from './lib/auth';
export * from './lib/audit';
export * from './lib/users';
export * from './lib/organization';
export * from './lib/risk';
export * from './lib/deadlines';
export * from './lib/cases';
export * from './lib/filings';
