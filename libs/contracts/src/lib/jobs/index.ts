export * from './background-job.response';
