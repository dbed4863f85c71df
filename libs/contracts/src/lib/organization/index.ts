export * from './organization-settings.dto';
