export * from './filing.dto';
export * from './filing.response';
