import {
  Args,
  Context,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { ReportModel, ReportsService, toReportModel } from '@cynnydd/reports/data-access';
import {
  CurrentActor,
  guaranteed,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
} from '@cynnydd/server/core';
import { Permission, PublicationState, type Actor } from '@cynnydd/shared/domain';

import {
  CreatePublicationInput,
  PublicationVersionInput,
  UpdatePublicationInput,
  WithdrawPublicationInput,
} from './dto/publication.inputs';
import { PublicationModel, toPublicationModel } from './models/publication.model';
import { PREVIEW_BASE, publicPath } from './public-site/public-routes';
import type { Publication } from './publication.entity';
import { PublicationsService } from './publications.service';

/** Its public overview, or for a draft the preview of it (signed in only). */
function addressesOf(publication: Publication) {
  const scope = publication.number ?? 'current';
  const base = publication.state === PublicationState.DRAFT ? PREVIEW_BASE(publication.id) : '';
  const page = { kind: 'overview' } as const;
  return {
    en: publicPath({ language: 'en', scope, page }, base),
    cy: publicPath({ language: 'cy', scope, page }, base),
  };
}

const toModel = (publication: Publication) =>
  toPublicationModel(publication, addressesOf(publication));

@Resolver(() => PublicationModel)
export class PublicationsResolver {
  constructor(
    private readonly service: PublicationsService,
    private readonly reports: ReportsService,
  ) {}

  @Query(() => [PublicationModel], {
    description: 'Drafts, published and withdrawn; newest first.',
  })
  @RequirePermission(Permission.PUBLISH_PROGRESS)
  async publications(): Promise<PublicationModel[]> {
    return (await this.service.list()).map(toModel);
  }

  @Query(() => PublicationModel)
  @RequirePermission(Permission.PUBLISH_PROGRESS)
  async publication(
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<PublicationModel> {
    return toModel(await this.service.get(id));
  }

  @Mutation(() => PublicationModel, {
    description: "A draft for an issued report, starting from the latest publication's wording.",
  })
  @RequirePermission(Permission.PUBLISH_PROGRESS)
  async createPublication(
    @Args('input') input: CreatePublicationInput,
    @CurrentActor() actor: Actor,
  ): Promise<PublicationModel> {
    return toModel(await this.service.create(actor, input));
  }

  @Mutation(() => PublicationModel)
  @RequirePermission(Permission.PUBLISH_PROGRESS)
  async updatePublication(
    @Args('input') input: UpdatePublicationInput,
    @CurrentActor() actor: Actor,
  ): Promise<PublicationModel> {
    return toModel(await this.service.update(actor, input));
  }

  @Mutation(() => PublicationModel, {
    description: 'Puts it on the public pages, numbered, exactly as its preview shows it.',
  })
  @RequirePermission(Permission.PUBLISH_PROGRESS)
  async publishPublication(
    @Args('input') input: PublicationVersionInput,
    @CurrentActor() actor: Actor,
  ): Promise<PublicationModel> {
    return toModel(await this.service.publish(actor, input));
  }

  @Mutation(() => PublicationModel, {
    description: 'Takes its content off the public pages, which then say when and why.',
  })
  @RequirePermission(Permission.PUBLISH_PROGRESS)
  async withdrawPublication(
    @Args('input') input: WithdrawPublicationInput,
    @CurrentActor() actor: Actor,
  ): Promise<PublicationModel> {
    return toModel(await this.service.withdraw(actor, input));
  }

  @Mutation(() => ID, { description: 'Deletes a draft; the id of the draft removed.' })
  @RequirePermission(Permission.PUBLISH_PROGRESS)
  async deletePublication(
    @Args('input') input: PublicationVersionInput,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    await this.service.delete(actor, input);
    return input.id;
  }

  @ResolveField(() => ReportModel, { description: 'The issued report it publishes.' })
  async report(@Parent() publication: PublicationModel, @Context() { loaders }: GraphQLContext) {
    // Only issued reports are published (a trigger keeps them so): one batch for the list.
    const report = await this.reports.issuedLoader(loaders).load(publication.reportId);
    return toReportModel(guaranteed(report, 'Report'));
  }
}
