export * from './intake-columns';
export * from './intake-vocabulary';
export * from './intake-row.reader';
export * from './intake-template';
