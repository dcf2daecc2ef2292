import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { CurrentActor, RequirePermission } from '@cynnydd/server/core';
import { Permission, ThemeKind, type Actor } from '@cynnydd/shared/domain';

import { UpdateStrategicAreaInput } from './dto/strategic-area.inputs';
import {
  StrategicAreaModel,
  StrategyModel,
  StrategyThemeModel,
  toStrategicAreaModel,
  toStrategyModel,
  toStrategyThemeModel,
} from './models/strategy.model';
import { StrategyService } from './strategy.service';

@Resolver(() => StrategyModel)
export class StrategyResolver {
  constructor(private readonly strategyService: StrategyService) {}

  @Query(() => StrategyModel, { description: 'The joint workforce strategy, with its areas.' })
  @RequirePermission(Permission.READ)
  async strategy(): Promise<StrategyModel> {
    return toStrategyModel(await this.strategyService.getStrategy());
  }

  @Query(() => [StrategicAreaModel], { description: 'The seven joint strategic areas, in order.' })
  @RequirePermission(Permission.READ)
  async strategicAreas(): Promise<StrategicAreaModel[]> {
    return (await this.strategyService.listAreas()).map(toStrategicAreaModel);
  }

  @Query(() => StrategicAreaModel)
  @RequirePermission(Permission.READ)
  async strategicArea(
    @Args('number', { type: () => Int }) number: number,
  ): Promise<StrategicAreaModel> {
    return toStrategicAreaModel(await this.strategyService.getAreaByNumber(number));
  }

  @Mutation(() => StrategicAreaModel, { description: "Rewords an area's title or description." })
  @RequirePermission(Permission.MANAGE_REFERENCE_DATA)
  async updateStrategicArea(
    @Args('input') input: UpdateStrategicAreaInput,
    @CurrentActor() actor: Actor,
  ): Promise<StrategicAreaModel> {
    return toStrategicAreaModel(await this.strategyService.updateArea(actor, input));
  }

  @ResolveField(() => [StrategicAreaModel])
  async areas(): Promise<StrategicAreaModel[]> {
    return this.strategicAreas();
  }

  @ResolveField(() => [StrategyThemeModel], {
    description: 'Well-being, inclusion, and Welsh language and culture.',
  })
  async principles(): Promise<StrategyThemeModel[]> {
    return this.themesOfKind(ThemeKind.PRINCIPLE);
  }

  @ResolveField(() => [StrategyThemeModel], { description: 'Staff retention.' })
  async crossCuttingPriorities(): Promise<StrategyThemeModel[]> {
    return this.themesOfKind(ThemeKind.CROSS_CUTTING_PRIORITY);
  }

  private async themesOfKind(kind: ThemeKind): Promise<StrategyThemeModel[]> {
    const themes = await this.strategyService.listThemes();
    return themes.filter((theme) => theme.kind === kind).map(toStrategyThemeModel);
  }
}
