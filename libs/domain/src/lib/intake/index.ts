export * from './intake-columns';
export * from './intake-row.reader';
