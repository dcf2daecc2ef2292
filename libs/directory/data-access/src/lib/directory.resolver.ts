import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import {
  CurrentActor,
  guaranteed,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { DirectoryService } from './directory.service';
import {
  CreateOrganisationInput,
  CreatePersonInput,
  MergePeopleInput,
  UpdateOrganisationInput,
  UpdatePersonInput,
} from './dto/directory.inputs';
import { OrganisationModel, toOrganisationModel } from './models/organisation.model';
import { PersonModel, toPersonModel } from './models/person.model';

@Resolver(() => PersonModel)
export class DirectoryResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => [OrganisationModel], { description: 'Delivery bodies and partners, by code.' })
  @RequirePermission(Permission.READ)
  async organisations(): Promise<OrganisationModel[]> {
    return (await this.directory.listOrganisations()).map(toOrganisationModel);
  }

  @Query(() => [PersonModel], { description: 'People, optionally of one organisation.' })
  @RequirePermission(Permission.READ)
  async people(
    @Args('organisationId', { type: () => ID, nullable: true }, UuidPipe)
    organisationId?: string,
  ): Promise<PersonModel[]> {
    return (await this.directory.listPeople(organisationId)).map(toPersonModel);
  }

  @Query(() => PersonModel)
  @RequirePermission(Permission.READ)
  async person(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<PersonModel> {
    return toPersonModel(await this.directory.getPerson(id));
  }

  @Mutation(() => OrganisationModel)
  @RequirePermission(Permission.MANAGE_REFERENCE_DATA)
  async createOrganisation(
    @Args('input') input: CreateOrganisationInput,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.directory.createOrganisation(actor, input));
  }

  @Mutation(() => PersonModel)
  @RequirePermission(Permission.MANAGE_REFERENCE_DATA)
  async createPerson(
    @Args('input') input: CreatePersonInput,
    @CurrentActor() actor: Actor,
  ): Promise<PersonModel> {
    return toPersonModel(await this.directory.createPerson(actor, input));
  }

  @Mutation(() => OrganisationModel, { description: "Changes an organisation's type or names." })
  @RequirePermission(Permission.MANAGE_REFERENCE_DATA)
  async updateOrganisation(
    @Args('input') input: UpdateOrganisationInput,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationModel> {
    return toOrganisationModel(await this.directory.updateOrganisation(actor, input));
  }

  @Mutation(() => PersonModel, {
    description: "Changes a person's name, e-mail address, organisation or job title.",
  })
  @RequirePermission(Permission.MANAGE_REFERENCE_DATA)
  async updatePerson(
    @Args('input') input: UpdatePersonInput,
    @CurrentActor() actor: Actor,
  ): Promise<PersonModel> {
    return toPersonModel(await this.directory.updatePerson(actor, input));
  }

  @Mutation(() => PersonModel, {
    description:
      'Folds a duplicate record of a person into the one kept: their ownerships, delegations, updates, follow-ups, notices and account follow; the duplicate is deleted.',
  })
  @RequirePermission(Permission.MANAGE_REFERENCE_DATA)
  async mergePeople(
    @Args('input') input: MergePeopleInput,
    @CurrentActor() actor: Actor,
  ): Promise<PersonModel> {
    return toPersonModel(await this.directory.mergePeople(actor, input));
  }

  @ResolveField(() => OrganisationModel)
  async organisation(
    person: PersonModel,
    _args: unknown,
    { loaders }: GraphQLContext,
  ): Promise<OrganisationModel> {
    const organisation = await this.directory
      .organisationLoader(loaders)
      .load(person.organisationId);
    // The foreign key guarantees the organisation exists.
    return toOrganisationModel(guaranteed(organisation, 'Organisation'));
  }
}
