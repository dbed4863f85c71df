export * from './country-profile.model';
export * from './guidance-citations.data';
export * from './thematic-guidance.data';
export * from './country-profiles.data';
export * from './country-profile.validator';
export * from './iso-country-codes.data';
