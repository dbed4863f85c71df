export * from './screening-instrument.response';
export * from './country-profile.response';
export * from './country-profile.dto';
export * from './risk-assessment.dto';
export * from './risk-assessment.response';
export * from './risk-escalation.response';
