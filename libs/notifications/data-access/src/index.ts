export * from './lib/bilingual-email';
export * from './lib/mailer';
export * from './lib/notification.entity';
export * from './lib/notification.model';
export * from './lib/notifications.module';
export * from './lib/notifications.service';
