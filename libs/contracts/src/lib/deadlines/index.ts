export * from './rule-catalogue.response';
export * from './deadline-preview.dto';
export * from './deadline-preview.response';
export * from './calendar-closure.dto';
export * from './calendar-closure.response';
export * from './case-deadline.dto';
export * from './case-deadline.response';
