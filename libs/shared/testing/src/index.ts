export * from './lib/built-api';
export * from './lib/smtp-receiver';
export * from './lib/invalid-properties';
export * from './lib/word-document';
export * from './lib/libreoffice';
export * from './lib/dashboard-taken-over';
