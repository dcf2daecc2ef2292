import { Args, Field, ID, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';

import { CurrentActor, IsIds, RequirePermission } from '@cynnydd/server/core';
import { PAGE_SIZE, Permission, type Actor } from '@cynnydd/shared/domain';

import { NotificationFeedModel, toNotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID], { description: '1 to 100 of your notices.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(PAGE_SIZE.max)
  @IsIds()
  ids!: string[];
}

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => NotificationFeedModel, {
    description: "The signed-in person's latest notices; empty for accounts without a person.",
  })
  @RequirePermission(Permission.READ)
  async myNotifications(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'At most 100.' })
    first: number,
  ): Promise<NotificationFeedModel> {
    if (!actor.personId) return { unreadCount: 0, notifications: [] };
    const take = Math.min(Math.max(first, 1), PAGE_SIZE.max);
    const [unreadCount, latest] = await Promise.all([
      this.notifications.unreadCount(actor.personId),
      this.notifications.latestFor(actor.personId, take),
    ]);
    return { unreadCount, notifications: latest.map(toNotificationModel) };
  }

  @Mutation(() => Int, { description: 'Marks your notices read; returns how many changed.' })
  @RequirePermission(Permission.READ)
  async markNotificationsRead(
    @CurrentActor() actor: Actor,
    @Args('input') input: MarkNotificationsReadInput,
  ): Promise<number> {
    if (!actor.personId) return 0;
    return this.notifications.markRead(actor.personId, input.ids);
  }
}
