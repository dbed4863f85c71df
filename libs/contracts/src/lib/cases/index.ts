export * from './client.dto';
export * from './case.dto';
export * from './case-event.dto';
export * from './case-note.dto';
export * from './caseload.dto';
export * from './case-derivative.dto';
export * from './event-correction.dto';
