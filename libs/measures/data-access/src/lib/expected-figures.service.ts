import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import {
  measurePeriodsDueInRound,
  type BilingualText,
  type MeasureFrequency,
} from '@cynnydd/shared/domain';

import { measureReferenceOrder } from './measures.service';

/** A figure an update round asks a measure's owner for, and whether it has been given. */
export interface ExpectedFigure {
  measureId: string;
  reference: string;
  name: BilingualText;
  frequency: MeasureFrequency;
  ownerId: string;
  organisationId: string;
  periodStart: string;
  given: boolean;
}

/** Which figures a round asks for (measurePeriodsDueInRound) and which are in. */
@Injectable()
export class ExpectedFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async expectedIn(
    roundStart: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExpectedFigure[]> {
    const measures: {
      id: string;
      reference: string;
      name_en: string | null;
      name_cy: string | null;
      frequency: MeasureFrequency;
      owner_id: string;
      organisation_id: string;
      given: string[];
    }[] = await manager.query(
      // Figures given for periods that began in the 15 months before the round: enough for a
      // year's figure, the longest period.
      `SELECT m.id, m.reference, m.name_en, m.name_cy, m.frequency, m.owner_id,
         p.organisation_id,
         ARRAY(SELECT DISTINCT v.period_start::text FROM measure_value v
               WHERE v.measure_id = m.id AND v.period_start >= $1::date - interval '15 months'
                 AND v.period_start < $1) AS given
       FROM measure m JOIN person p ON p.id = m.owner_id
       ORDER BY ${measureReferenceOrder('m')}`,
      [roundStart],
    );
    return measures.flatMap((measure) =>
      measurePeriodsDueInRound(measure.frequency, roundStart).map((periodStart) => ({
        measureId: measure.id,
        reference: measure.reference,
        name: { en: measure.name_en, cy: measure.name_cy },
        frequency: measure.frequency,
        ownerId: measure.owner_id,
        organisationId: measure.organisation_id,
        periodStart,
        given: measure.given.includes(periodStart),
      })),
    );
  }
}
