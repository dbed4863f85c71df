export * from './ticker';
export * from './time-zones';
export * from './zoned-time';
export * from './zoned-time.component';
