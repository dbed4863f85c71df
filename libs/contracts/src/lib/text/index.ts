export * from './text.patterns';
export * from './one-line.decorator';
