import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';
import { DirectoryModule } from '@cynnydd/directory/data-access';
import { PlansModule } from '@cynnydd/plans/data-access';
import { StrategyModule } from '@cynnydd/strategy/data-access';

import { ExpectedFiguresService } from './expected-figures.service';
import { MeasureValueImportResolver } from './import/measure-value-import.resolver';
import { MeasureValueImportService } from './import/measure-value-import.service';
import { MeasureValuesTemplateController } from './import/measure-values-template.controller';
import { MeasureValue } from './measure-value.entity';
import { MeasureValuesService } from './measure-values.service';
import { Measure, MeasureAction, MeasureArea, MeasureTarget } from './measure.entity';
import { MeasuresSummaryService } from './measures-summary.service';
import {
  ActionMeasuresResolver,
  MeasureFigureResolver,
  MeasuresResolver,
  MeasureValueResolver,
} from './measures.resolver';
import { MeasuresService } from './measures.service';

export const MEASURES_ENTITIES = [Measure, MeasureArea, MeasureAction, MeasureTarget, MeasureValue];

@Module({
  imports: [
    TypeOrmModule.forFeature(MEASURES_ENTITIES),
    AuditModule,
    DirectoryModule,
    StrategyModule,
    PlansModule,
  ],
  controllers: [MeasureValuesTemplateController],
  providers: [
    ExpectedFiguresService,
    MeasureValueImportService,
    MeasureValueImportResolver,
    MeasuresService,
    MeasureValuesService,
    MeasuresSummaryService,
    MeasuresResolver,
    MeasureValueResolver,
    ActionMeasuresResolver,
    MeasureFigureResolver,
  ],
  exports: [MeasuresService, MeasureValuesService, ExpectedFiguresService],
})
export class MeasuresModule {}
