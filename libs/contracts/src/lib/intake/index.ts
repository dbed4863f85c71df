export * from './intake.response';
