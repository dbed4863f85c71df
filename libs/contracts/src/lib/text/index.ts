export * from './text.patterns';
