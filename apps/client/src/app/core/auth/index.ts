export * from './auth-urls';
export * from './auth.guard';
export * from './auth.interceptor';
export * from './auth.models';
export * from './auth.service';
export * from './clock';
export * from './role-labels';
