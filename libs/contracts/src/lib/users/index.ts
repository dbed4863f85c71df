export * from './user.dto';
export * from './user.response';
