export * from './lib/smtp-receiver';
