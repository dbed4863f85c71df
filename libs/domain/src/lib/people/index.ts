export * from './search-fold';
