export * from './lib/auth';
export * from './lib/audit';
