export * from './ticker';
export * from './zoned-time';
export * from './zoned-time.component';
