import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { BilingualTextModel, toBilingualModel } from '@cynnydd/server/core';
import { Theme, ThemeKind } from '@cynnydd/shared/domain';

import type { StrategicArea } from '../strategic-area.entity';
import type { StrategyTheme } from '../strategy-theme.entity';
import type { Strategy } from '../strategy.entity';

@ObjectType('Strategy')
export class StrategyModel {
  @Field(() => ID)
  id!: string;

  @Field(() => BilingualTextModel)
  title!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  ambition!: BilingualTextModel;

  @Field(() => Int)
  startYear!: number;

  @Field(() => Int)
  endYear!: number;

  @Field({ description: 'Publication date, YYYY-MM-DD.' })
  publishedOn!: string;
}

@ObjectType('StrategyTheme', { description: 'A principle or the cross-cutting priority.' })
export class StrategyThemeModel {
  @Field(() => Theme)
  code!: Theme;

  @Field(() => ThemeKind)
  kind!: ThemeKind;

  @Field(() => BilingualTextModel)
  name!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  description!: BilingualTextModel;
}

@ObjectType('StrategicArea')
export class StrategicAreaModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 to 7.' })
  number!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => BilingualTextModel)
  title!: BilingualTextModel;

  @Field(() => BilingualTextModel, {
    description:
      'A short name for tables and charts; in each language the title where none is set.',
  })
  shortTitle!: BilingualTextModel;

  @Field(() => BilingualTextModel)
  description!: BilingualTextModel;
}

export function toStrategyModel(entity: Strategy): StrategyModel {
  return {
    id: entity.id,
    title: toBilingualModel(entity.title),
    ambition: toBilingualModel(entity.ambition),
    startYear: entity.startYear,
    endYear: entity.endYear,
    publishedOn: entity.publishedOn,
  };
}

export function toStrategyThemeModel(entity: StrategyTheme): StrategyThemeModel {
  return {
    code: entity.code,
    kind: entity.kind,
    name: toBilingualModel(entity.name),
    description: toBilingualModel(entity.description),
  };
}

export function toStrategicAreaModel(entity: StrategicArea): StrategicAreaModel {
  return {
    id: entity.id,
    number: entity.number,
    version: entity.version,
    title: toBilingualModel(entity.title),
    shortTitle: toBilingualModel({
      en: entity.shortTitle.en ?? entity.title.en,
      cy: entity.shortTitle.cy ?? entity.title.cy,
    }),
    description: toBilingualModel(entity.description),
  };
}
