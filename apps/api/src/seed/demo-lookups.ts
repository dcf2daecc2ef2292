import type { DataSource } from 'typeorm';

import type { Actor } from '@cynnydd/shared/domain';

import type { BilingualSeedText } from './demo-catalogue';

/** Something that happened in the demo year, played through the services at `at` (ISO, UTC). */
export interface DemoEvent {
  at: string;
  run: () => Promise<void>;
}

export const text = (en: string, cy: string): BilingualSeedText => ({ en, cy });

export interface DemoAction {
  id: string;
  reference: string;
  area: number;
}

/** A plan's actions, in reference order ("1.2" before "1.10"). */
export function demoActionsOf(
  dataSource: DataSource,
  financialYear: number,
): Promise<DemoAction[]> {
  return dataSource.query(
    `SELECT a.id, a.reference, s.number AS area FROM action a
     JOIN annual_plan p ON p.id = a.plan_id JOIN strategic_area s ON s.id = a.area_id
     WHERE p.financial_year = $1 ORDER BY string_to_array(a.reference, '.')::int[]`,
    [financialYear],
  );
}

/** The strategic areas' ids by number. */
export async function demoAreaIds(dataSource: DataSource): Promise<Map<number, string>> {
  const rows: { id: string; number: number }[] = await dataSource.query(
    `SELECT id, number FROM strategic_area`,
  );
  return new Map(rows.map((row) => [row.number, row.id]));
}

/**
 * Who acts for a demo person: their own lead account if they have one, otherwise the
 * operational group's programme office, which records what people without accounts report.
 */
export function demoActorFor(
  personIds: Map<string, string>,
  leads: Actor[],
  office: Actor,
): (personKey: string) => Actor {
  return (personKey) => leads.find((lead) => lead.personId === personIds.get(personKey)) ?? office;
}
