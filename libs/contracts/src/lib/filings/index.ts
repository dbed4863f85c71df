export * from './filing.dto';
export * from './filing.response';
export * from './filing-facts.dto';
export * from './filing-batch.dto';
