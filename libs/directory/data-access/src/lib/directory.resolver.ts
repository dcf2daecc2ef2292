import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { UuidPipe, type GraphQLContext } from '@cynnydd/server/core';

import { DirectoryService } from './directory.service';
import { OrganisationModel, toOrganisationModel } from './models/organisation.model';
import { PersonModel, toPersonModel } from './models/person.model';

@Resolver(() => PersonModel)
export class DirectoryResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => [OrganisationModel], { description: 'Delivery bodies and partners, by code.' })
  async organisations(): Promise<OrganisationModel[]> {
    return (await this.directory.listOrganisations()).map(toOrganisationModel);
  }

  @Query(() => [PersonModel], { description: 'People, optionally of one organisation.' })
  async people(
    @Args('organisationId', { type: () => ID, nullable: true }, UuidPipe)
    organisationId?: string,
  ): Promise<PersonModel[]> {
    return (await this.directory.listPeople(organisationId)).map(toPersonModel);
  }

  @Query(() => PersonModel)
  async person(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<PersonModel> {
    return toPersonModel(await this.directory.getPerson(id));
  }

  @ResolveField(() => OrganisationModel)
  async organisation(
    @Parent() person: PersonModel,
    @Context() { loaders }: GraphQLContext,
  ): Promise<OrganisationModel> {
    const organisation = await this.directory
      .organisationLoader(loaders)
      .load(person.organisationId);
    // The foreign key guarantees the organisation exists.
    return toOrganisationModel(organisation as NonNullable<typeof organisation>);
  }
}
