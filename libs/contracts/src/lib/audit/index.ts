// The audit trail's shared contracts: vocabulary, query and response shapes.
export * from './audit-vocabulary';
export * from './audit-record-types';
export * from './audit-query.dto';
export * from './audit-entry.response';
