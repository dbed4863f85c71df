export * from './supervision.dto';
export * from './supervision.response';
