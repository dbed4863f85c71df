export * from './forum.types';
export * from './forum.registry';
