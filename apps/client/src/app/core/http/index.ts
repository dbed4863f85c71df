export * from './api-error';
export * from './api-error.interceptor';
export * from './api-url';
export * from './csrf.interceptor';
export * from './request-id.interceptor';
export * from './conflict';
export * from './error-notice';
export * from './follow-job';
