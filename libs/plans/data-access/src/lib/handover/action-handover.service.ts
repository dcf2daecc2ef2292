import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';

import { AuthService, toUserModel, UsersService, type User } from '@cynnydd/access/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import { assertVersion, badUserInput, groupByKey, type RequestLoaders } from '@cynnydd/server/core';
import { compareReferences, type Actor } from '@cynnydd/shared/domain';

import { ActionOwner } from '../action-owner.entity';
import { Action } from '../action.entity';
import { ActionsService } from '../actions.service';
import type { DeactivateUserInput } from './handover.inputs';

/**
 * Deactivating an account whose person owns actions in open plans: each action gets the new
 * owner chosen for it in the same transaction as the deactivation, so no open action is left
 * with an owner who can no longer report on it.
 */
@Injectable()
export class ActionHandoverService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actions: ActionsService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly directory: DirectoryService,
  ) {}

  /** The actions each of `personIds` owns in plans not yet closed, by reference. */
  async openActionsOwnedBy(
    personIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Action[][]> {
    const ownerships = await manager.find(ActionOwner, {
      where: { personId: In([...personIds]), action: { plan: { closedAt: IsNull() } } },
      relations: { action: true },
    });
    return groupByKey(personIds, ownerships, (ownership) => ownership.personId).map((owned) =>
      owned
        .map((ownership) => ownership.action as Action)
        .sort((a, b) => compareReferences(a.reference, b.reference)),
    );
  }

  /** Batches the accounts' open actions of one request into one statement. */
  openActionsLoader(loaders: RequestLoaders) {
    return loaders.get<string, Action[]>('plans.openActionsByOwner', (personIds) =>
      this.openActionsOwnedBy(personIds),
    );
  }

  async deactivate(actor: Actor, input: DeactivateUserInput): Promise<User> {
    const newOwnerIds = input.handovers.map((handover) => handover.newOwnerId);
    const missing = new Set(await this.directory.findMissingPeople(newOwnerIds));
    const unknown = newOwnerIds.findIndex((id) => missing.has(id));
    if (unknown >= 0) {
      throw badUserInput(`handovers.${unknown}.newOwnerId`, 'There is no such person');
    }
    const user = await this.dataSource.transaction(async (manager) => {
      const account = await this.users.get(input.id, 'id', manager);
      assertVersion(account.version, input.expectedVersion, () => toUserModel(account));
      const [owned = []] = account.personId
        ? await this.openActionsOwnedBy([account.personId], manager)
        : [];
      const newOwnerOf = handoverMap(input, owned, account.personId);
      for (const action of owned) {
        const { ownerIds } = await this.actions.responsibility(action.id, manager);
        const replaced = ownerIds.map((id) =>
          id === account.personId ? (newOwnerOf.get(action.id) as string) : id,
        );
        await this.actions.updateAction(
          actor,
          { id: action.id, expectedVersion: action.version, ownerIds: [...new Set(replaced)] },
          manager,
        );
      }
      return this.users.deactivate(manager, actor, input);
    });
    this.auth.sessionsChanged();
    return user;
  }
}

/** Each owned action's new owner; refuses a missing, unexpected or self handover. */
function handoverMap(
  input: DeactivateUserInput,
  owned: readonly Action[],
  personId: string | null,
): Map<string, string> {
  const ownedIds = new Set(owned.map((action) => action.id));
  input.handovers.forEach((handover, index) => {
    if (!ownedIds.has(handover.actionId)) {
      throw badUserInput(
        `handovers.${index}.actionId`,
        'The account’s person does not own this action in an open plan',
      );
    }
    if (handover.newOwnerId === personId) {
      throw badUserInput(
        `handovers.${index}.newOwnerId`,
        'Choose someone other than the person whose account is being deactivated',
      );
    }
  });
  const newOwnerOf = new Map(input.handovers.map((h) => [h.actionId, h.newOwnerId]));
  const orphan = owned.find((action) => !newOwnerOf.has(action.id));
  if (orphan) {
    throw badUserInput('handovers', `Choose a new owner for action ${orphan.reference}`);
  }
  return newOwnerOf;
}
