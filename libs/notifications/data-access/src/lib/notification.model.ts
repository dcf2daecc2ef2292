import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { NotificationKind } from '@cynnydd/shared/domain';

import { EmailStatus, type Notification } from './notification.entity';

registerEnumType(EmailStatus, { name: 'EmailStatus' });

@ObjectType('Notification', { description: 'A notice to the signed-in person.' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field(() => BilingualTextModel)
  subject!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  body!: BilingualTextModel;

  @Field({ description: 'Dashboard path it points to.' })
  link!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => EmailStatus)
  emailStatus!: EmailStatus;
}

@ObjectType('NotificationFeed')
export class NotificationFeedModel {
  @Field(() => Int)
  unreadCount!: number;

  @Field(() => [NotificationModel], { description: 'Newest first.' })
  notifications!: NotificationModel[];
}

export function toNotificationModel(entity: Notification): NotificationModel {
  return {
    id: entity.id,
    kind: entity.kind,
    subject: toBilingualModel(entity.subject),
    body: toBilingualModel(entity.body),
    link: entity.link,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
    emailStatus: entity.emailStatus,
  };
}
