import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import {
  badUserInput,
  EntityRows,
  isUniqueViolation,
  notFound,
  toBilingualColumns,
  type RequestLoaders,
} from '@cynnydd/server/core';
import type { Actor } from '@cynnydd/shared/domain';

import type { CreateOrganisationInput, CreatePersonInput } from './dto/directory.inputs';
import { Organisation } from './organisation.entity';
import { Person } from './person.entity';

@Injectable()
export class DirectoryService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(Person) private readonly people: Repository<Person>,
    private readonly audit: AuditService,
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
