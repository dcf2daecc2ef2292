import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { MAIL_SETTINGS, Mailer, type MailSettings } from './mailer';
import { Notification } from './notification.entity';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

export const NOTIFICATIONS_ENTITIES = [Notification];

/** Global, configured once by the app with its mail settings. */
@Module({})
export class NotificationsModule {
  static forRoot(settings: MailSettings): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      imports: [TypeOrmModule.forFeature(NOTIFICATIONS_ENTITIES)],
      providers: [
        { provide: MAIL_SETTINGS, useValue: settings },
        Mailer,
        NotificationsService,
        NotificationsResolver,
      ],
      exports: [NotificationsService, Mailer],
    };
  }
}
