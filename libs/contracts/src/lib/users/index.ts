export * from './user.dto';
export * from './user.response';
export * from './member-profile.dto';
