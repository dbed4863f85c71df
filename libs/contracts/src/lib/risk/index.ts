export * from './screening-instrument.response';
export * from './country-profile.response';
export * from './country-profile.dto';
