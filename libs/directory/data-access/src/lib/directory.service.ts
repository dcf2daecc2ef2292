import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';

import { byKey, notFound, type RequestLoaders } from '@cynnydd/server/core';

import { Organisation } from './organisation.entity';
import { Person } from './person.entity';

@Injectable()
export class DirectoryService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(Person) private readonly people: Repository<Person>,
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

  /** Ids from `ids` that are not people; used to validate owner and author lists. */
  async findMissingPeople(ids: readonly string[]): Promise<string[]> {
    const found = await this.people.find({ select: { id: true }, where: { id: In([...ids]) } });
    const known = new Set(found.map((person) => person.id));
    return ids.filter((id) => !known.has(id));
  }

  personLoader(loaders: RequestLoaders) {
    return loaders.get<string, Person | null>('directory.personById', async (ids) =>
      byKey(ids, await this.people.findBy({ id: In([...ids]) }), (person) => person.id),
    );
  }

  organisationLoader(loaders: RequestLoaders) {
    return loaders.get<string, Organisation | null>('directory.organisationById', async (ids) =>
      byKey(ids, await this.organisations.findBy({ id: In([...ids]) }), (org) => org.id),
    );
  }
}
