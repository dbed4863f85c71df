export * from './login.dto';
export * from './refresh.dto';
export * from './auth.response';
export * from './mfa.dto';
