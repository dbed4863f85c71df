export * from './domain.error';
export * from './not-found.error';
export * from './conflict.error';
export * from './invalid-input.error';
export * from './unauthenticated.error';
export * from './forbidden.error';
export * from './too-many-requests.error';
