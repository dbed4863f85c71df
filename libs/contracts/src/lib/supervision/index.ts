export * from './supervision.response';
