import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type EntityManager } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import {
  assertVersion,
  badUserInput,
  Clock,
  EntityRows,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import type { Actor } from '@cynnydd/shared/domain';

import type {
  CreateOrganisationInput,
  CreatePersonInput,
  MergePeopleInput,
  UpdateOrganisationInput,
  UpdatePersonInput,
} from './dto/directory.inputs';
import { toOrganisationModel } from './models/organisation.model';
import { toPersonModel } from './models/person.model';
import { Organisation } from './organisation.entity';
import { Person } from './person.entity';

/**
 * Every column that names a person, for merging two records of one person. The directory owns
 * people; these tables belong to other domains, which is why the list is written out here and
 * checked against the database's foreign keys by directory-admin.integration-spec.
 * `uniqueWith`: a person appears once per value of that column (one ownership per action);
 * `versioned`: the row is edited against its version, which the move raises (ADR 9).
 */
export const PERSON_REFERENCES: {
  table: string;
  column: string;
  uniqueWith?: string;
  versioned?: boolean;
  /**
   * Rows that are unique per `uniqueWith` only while current (`ended` IS NULL), like a seat on a
   * forum: where both people hold a current one, the duplicate's is ended (kept as history).
   */
  endCurrent?: { uniqueWith: string; ended: string; from: string };
}[] = [
  { table: 'action_owner', column: 'person_id', uniqueWith: 'action_id' },
  { table: 'action_delegate', column: 'person_id', uniqueWith: 'action_id' },
  { table: 'app_user', column: 'person_id' },
  { table: 'status_update', column: 'author_id' },
  { table: 'follow_up', column: 'owner_id', versioned: true },
  { table: 'notification', column: 'recipient_id' },
  { table: 'measure', column: 'owner_id', versioned: true },
  { table: 'measure_value', column: 'author_id' },
  { table: 'risk', column: 'owner_id', versioned: true },
  { table: 'risk', column: 'escalated_by_id', versioned: true },
  { table: 'risk_mitigation', column: 'owner_id' },
  // Append-only like status updates, with the same exception (migration 1796500000000).
  { table: 'risk_review', column: 'reviewer_id' },
  {
    table: 'forum_member',
    column: 'person_id',
    versioned: true,
    endCurrent: { uniqueWith: 'forum_id', ended: 'left_on', from: 'joined_on' },
  },
  { table: 'meeting', column: 'minutes_approved_by_id', versioned: true },
  { table: 'agenda_item', column: 'presenter_id', versioned: true },
];

@Injectable()
export class DirectoryService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(Person) private readonly people: Repository<Person>,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  listOrganisations(): Promise<Organisation[]> {
    return this.organisations.find({ order: { code: 'ASC' } });
  }

  listPeople(organisationId?: string): Promise<Person[]> {
    return this.people.find({
      where: organisationId ? { organisationId } : {},
      order: { name: 'ASC' },
    });
  }

  async getPerson(id: string, field = 'id'): Promise<Person> {
    const person = await this.people.findOneBy({ id });
    if (!person) throw notFound('Person', id, field);
    return person;
  }

  /** The people with these e-mail addresses (compared in lower case), for imports. */
  peopleByEmail(emails: readonly string[]): Promise<Person[]> {
    return this.people.find({ where: { email: In(emails.map((email) => email.toLowerCase())) } });
  }

  /** Ids from `ids` that are not people; used to validate owner and author lists. */
  async findMissingPeople(ids: readonly string[]): Promise<string[]> {
    const found = await this.people.find({ select: { id: true }, where: { id: In([...ids]) } });
    const known = new Set(found.map((person) => person.id));
    return ids.filter((id) => !known.has(id));
  }

  async createOrganisation(actor: Actor, input: CreateOrganisationInput): Promise<Organisation> {
    try {
      return await this.organisations.manager.transaction(async (manager) => {
        const organisation = await manager.save(
          manager.create(Organisation, { ...input, name: toBilingualColumns(input.name) }),
        );
        await this.audit.created(manager, actor, 'Organisation', organisation);
        return organisation;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw badUserInput('code', `${input.code} is already in use`);
      throw error;
    }
  }

  async createPerson(actor: Actor, input: CreatePersonInput): Promise<Person> {
    await this.getOrganisation(input.organisationId, 'organisationId');
    try {
      return await this.people.manager.transaction(async (manager) => {
        const person = await manager.save(
          manager.create(Person, {
            name: input.name.trim(),
            email: input.email.trim().toLowerCase(),
            organisationId: input.organisationId,
            jobTitle: toBilingualColumns(input.jobTitle ?? {}),
          }),
        );
        await this.audit.created(manager, actor, 'Person', person);
        return person;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw badUserInput('email', 'Someone else has this email address');
      throw error;
    }
  }

  async updateOrganisation(actor: Actor, input: UpdateOrganisationInput): Promise<Organisation> {
    return this.organisations.manager.transaction(async (manager) => {
      const before = await this.locked(manager, Organisation, input.id);
      const after = await updateVersioned(
        manager,
        Organisation,
        before.id,
        input.expectedVersion,
        {
          type: input.type ?? before.type,
          name: mergeBilingual(before.name, input.name, 'name'),
        },
        toOrganisationModel,
      );
      await this.audit.changed(manager, actor, 'Organisation', before, after);
      return after;
    });
  }

  async updatePerson(actor: Actor, input: UpdatePersonInput): Promise<Person> {
    if (input.organisationId) await this.getOrganisation(input.organisationId, 'organisationId');
    try {
      return await this.people.manager.transaction(async (manager) => {
        const before = await this.locked(manager, Person, input.id);
        const after = await updateVersioned(
          manager,
          Person,
          before.id,
          input.expectedVersion,
          {
            name: input.name?.trim() ?? before.name,
            email: input.email?.trim().toLowerCase() ?? before.email,
            organisationId: input.organisationId ?? before.organisationId,
            jobTitle: mergeBilingual(before.jobTitle, input.jobTitle),
          },
          toPersonModel,
        );
        await this.audit.changed(manager, actor, 'Person', before, after);
        return after;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw badUserInput('email', 'Someone else has this email address');
      throw error;
    }
  }

  /**
   * Folds a duplicate record of a person into the one kept, in one transaction: everything that
   * names the duplicate (PERSON_REFERENCES) names the kept person instead, then the duplicate
   * is deleted. Frozen reports keep the names they were issued with (ADR 9).
   */
  async mergePeople(actor: Actor, input: MergePeopleInput): Promise<Person> {
    if (input.keepId === input.duplicateId) {
      throw badUserInput('duplicateId', 'Choose a different person to merge into this one');
    }
    return this.people.manager.transaction(async (manager) => {
      const keep = await this.locked(manager, Person, input.keepId, 'keepId');
      assertVersion(keep.version, input.expectedVersion, () => toPersonModel(keep));
      const duplicate = await this.locked(manager, Person, input.duplicateId, 'duplicateId');
      const [accounts]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM app_user WHERE person_id IN ($1, $2)',
        [keep.id, duplicate.id],
      );
      if (accounts.count > 1) {
        throw badUserInput(
          'duplicateId',
          'Both people have an account: link one of the accounts to nobody, or deactivate it, first',
        );
      }
      // Lets status updates and risk reviews, otherwise append-only, come to name the person kept
      // (see migrations 1796300000002 and 1796500000000); for this transaction only.
      await manager.query(`SELECT set_config('cynnydd.merging_people', 'on', true)`);
      for (const { table, column, uniqueWith, versioned, endCurrent } of PERSON_REFERENCES) {
        if (endCurrent) {
          const { uniqueWith: within, ended, from } = endCurrent;
          await manager.query(
            `UPDATE "${table}" AS d SET "${ended}" = greatest(d."${from}", $3::date),
               version = version + 1
             WHERE d."${column}" = $1 AND d."${ended}" IS NULL AND EXISTS (
               SELECT 1 FROM "${table}" AS k WHERE k."${column}" = $2
                 AND k."${within}" = d."${within}" AND k."${ended}" IS NULL)`,
            [duplicate.id, keep.id, this.clock.today()],
          );
        }
        // Where the kept person already has the row (owns the same action), the duplicate's goes.
        if (uniqueWith) {
          await manager.query(
            `DELETE FROM "${table}" AS d WHERE d."${column}" = $1 AND EXISTS (
               SELECT 1 FROM "${table}" AS k WHERE k."${column}" = $2 AND k."${uniqueWith}" = d."${uniqueWith}")`,
            [duplicate.id, keep.id],
          );
        }
        const version = versioned ? ', version = version + 1' : '';
        await manager.query(
          `UPDATE "${table}" SET "${column}" = $2${version} WHERE "${column}" = $1`,
          [duplicate.id, keep.id],
        );
      }
      // An owner is not also their own delegate.
      await manager.query(
        `DELETE FROM action_delegate d WHERE d.person_id = $1
           AND EXISTS (SELECT 1 FROM action_owner o WHERE o.action_id = d.action_id AND o.person_id = $1)`,
        [keep.id],
      );
      await manager.delete(Person, { id: duplicate.id });
      await this.audit.record(manager, actor, {
        action: AuditAction.DELETE,
        entityType: 'Person',
        entityId: duplicate.id,
        before: duplicate,
        after: { mergedInto: keep.id },
      });
      const after = await updateVersioned(
        manager,
        Person,
        keep.id,
        keep.version,
        {},
        toPersonModel,
      );
      await this.audit.record(manager, actor, {
        action: AuditAction.UPDATE,
        entityType: 'Person',
        entityId: keep.id,
        before: { mergedFrom: null },
        after: { mergedFrom: { id: duplicate.id, name: duplicate.name, email: duplicate.email } },
      });
      return after;
    });
  }

  /** A row locked until the transaction ends, or NOT_FOUND on `field`. */
  private async locked<T extends Person | Organisation>(
    manager: EntityManager,
    entity: new () => T,
    id: string,
    field = 'id',
  ): Promise<T> {
    const row = await manager.findOne(entity, {
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw notFound(entity.name, id, field);
    return row;
  }

  async getOrganisation(id: string, field = 'id'): Promise<Organisation> {
    const organisation = await this.organisations.findOneBy({ id });
    if (!organisation) throw notFound('Organisation', id, field);
    return organisation;
  }

  personLoader(loaders: RequestLoaders) {
    return loaders.get<string, Person | null>('directory.personById', (ids) =>
      EntityRows.of(this.people).byIds(ids),
    );
  }

  organisationLoader(loaders: RequestLoaders) {
    return loaders.get<string, Organisation | null>('directory.organisationById', (ids) =>
      EntityRows.of(this.organisations).byIds(ids),
    );
  }
}
