import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';

import { toUserModel, UserModel } from '@cynnydd/access/data-access';
import { CurrentActor, RequirePermission, type GraphQLContext } from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { ActionModel, toActionModel } from '../models/action.model';
import { ActionHandoverService } from './action-handover.service';
import { DeactivateUserInput } from './handover.inputs';

@Resolver(() => UserModel)
export class ActionHandoverResolver {
  constructor(private readonly handover: ActionHandoverService) {}

  @Mutation(() => UserModel, {
    description:
      'Deactivates an account, signing it out everywhere, and hands each action its person owns in an open plan to a new owner: all or nothing.',
  })
  @RequirePermission(Permission.MANAGE_USERS)
  async deactivateUser(
    @Args('input') input: DeactivateUserInput,
    @CurrentActor() actor: Actor,
  ): Promise<UserModel> {
    return toUserModel(await this.handover.deactivate(actor, input));
  }

  @ResolveField(() => [ActionModel], {
    description: 'Actions the account’s person owns in plans not yet closed, by reference.',
  })
  async openActionsOwned(
    user: UserModel,
    _args: unknown,
    { loaders }: GraphQLContext,
  ): Promise<ActionModel[]> {
    if (!user.personId) return [];
    return (await this.handover.openActionsLoader(loaders).load(user.personId)).map(toActionModel);
  }
}
