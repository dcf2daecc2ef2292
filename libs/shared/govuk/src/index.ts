export * from './lib/pagination';
