export * from './language';
export type { MessageKey, Messages } from './messages.en';
export * from './translated-title.strategy';
export * from './translation.service';
