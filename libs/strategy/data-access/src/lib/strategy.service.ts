import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import {
  EntityRows,
  mergeBilingual,
  notFound,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import type { Actor } from '@cynnydd/shared/domain';

import type { UpdateStrategicAreaInput } from './dto/strategic-area.inputs';
import { toStrategicAreaModel } from './models/strategy.model';
import { StrategicArea } from './strategic-area.entity';
import { StrategyTheme } from './strategy-theme.entity';
import { Strategy } from './strategy.entity';

@Injectable()
export class StrategyService {
  constructor(
    @InjectRepository(Strategy) private readonly strategies: Repository<Strategy>,
    @InjectRepository(StrategyTheme) private readonly themes: Repository<StrategyTheme>,
    @InjectRepository(StrategicArea) private readonly areas: Repository<StrategicArea>,
    private readonly audit: AuditService,
  ) {}

  async getStrategy(): Promise<Strategy> {
    const [strategy] = await this.strategies.find({ take: 1 });
    if (!strategy) throw notFound('Strategy', 'current', 'strategy');
    return strategy;
  }

  listThemes(): Promise<StrategyTheme[]> {
    return this.themes.find({ order: { position: 'ASC' } });
  }

  listAreas(): Promise<StrategicArea[]> {
    return EntityRows.of(this.areas).lookup('ORDER BY t.number', []);
  }

  async getAreaByNumber(number: number): Promise<StrategicArea> {
    const area = await EntityRows.of(this.areas).lookupOne('WHERE t.number = $1', [number]);
    if (!area) throw notFound('StrategicArea', String(number), 'number');
    return area;
  }

  async getArea(id: string, field = 'id'): Promise<StrategicArea> {
    const area = await this.areas.findOneBy({ id });
    if (!area) throw notFound('StrategicArea', id, field);
    return area;
  }

  async updateArea(actor: Actor, input: UpdateStrategicAreaInput): Promise<StrategicArea> {
    return this.areas.manager.transaction(async (manager) => {
      const before = await manager.findOne(StrategicArea, {
        where: { number: input.number },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) throw notFound('StrategicArea', String(input.number), 'number');
      const after = await updateVersioned(
        manager,
        StrategicArea,
        before.id,
        input.expectedVersion,
        {
          title: mergeBilingual(before.title, input.title, 'title'),
          shortTitle: mergeBilingual(before.shortTitle, input.shortTitle),
          description: mergeBilingual(before.description, input.description, 'description'),
        },
        toStrategicAreaModel,
      );
      await this.audit.changed(manager, actor, 'StrategicArea', before, after);
      return after;
    });
  }

  areaLoader(loaders: RequestLoaders) {
    return loaders.get<string, StrategicArea | null>('strategy.areaById', (ids) =>
      EntityRows.of(this.areas).byIds(ids),
    );
  }
}
