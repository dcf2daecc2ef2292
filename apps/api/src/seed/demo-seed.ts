import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

import { Organisation, Person } from '@cynnydd/directory/data-access';
import { Action, ActionOwner, AnnualPlan, Milestone } from '@cynnydd/plans/data-access';
import { ReportingPeriod, StatusUpdate } from '@cynnydd/reporting/data-access';
import {
  financialYearEnd,
  financialYearStart,
  LeadOrganisation,
  OrganisationType,
  PlanState,
  quarterRange,
  RagStatus,
  Theme,
  THEME_KINDS,
  type Quarter,
} from '@cynnydd/shared/domain';
import { StrategicArea, Strategy, StrategyTheme } from '@cynnydd/strategy/data-access';

import {
  ACTIONS,
  COMMENTARY,
  NEXT_STEPS,
  ORGANISATIONS,
  PEOPLE,
  RISKS,
  STRATEGIC_AREAS,
  STRATEGY,
  THEMES,
  type ActionSeed,
} from './demo-catalogue';
import { addDays, endOfMonthAfter, UPDATE_DEADLINE_DAYS } from './demo-dates';
import { CURRENT_YEAR, playDemoYear, type DemoYearInput } from './demo-history';
import { NEW_ACTIONS_2026 } from './demo-new-actions';
import { insertDemoUsers } from './demo-users';
import { futureGenerationsTags } from './future-generations-tags';

/**
 * Demo programme: plans for 2024-25 and 2025-26 (closed) and 2026-27 (approved, in progress,
 * about forty actions), quarterly periods up to 2026-27 Q3, and status histories that follow
 * each action's profile; then this year's rounds, reports and board reviews (demo-history.ts).
 * Deterministic, so screenshots and demos look the same every time.
 */
const PLAN_YEARS = [
  { year: 2024, state: PlanState.CLOSED, approvedAt: '2024-04-25', closedAt: '2025-04-30' },
  { year: 2025, state: PlanState.CLOSED, approvedAt: '2025-04-24', closedAt: '2026-04-29' },
  { year: 2026, state: PlanState.APPROVED, approvedAt: '2026-04-23', closedAt: null },
] as const;
/** 2026-27 Q3 is the open round: only some leads have reported yet. */
const OPEN_PERIOD = { year: CURRENT_YEAR, quarter: 3 as Quarter };
/** Milestones due before this day may be complete; later ones are still to come. */
const DATA_UNTIL = '2026-11-20';

type Profile = ActionSeed['profile'];

/** The quarter (counted from the action's first) in which it completes, or never. */
function completionQuarter(profile: Profile, duration: number): number {
  switch (profile) {
    case 'ON_TRACK':
      return duration - 1;
    case 'SLIPPING':
    case 'RECOVERING':
      return duration;
    case 'EARLY_COMPLETE':
      return Math.max(1, duration - 2);
    default:
      return Number.POSITIVE_INFINITY;
  }
}

function ragAt(profile: Profile, quarter: number, completesAt: number): RagStatus {
  if (quarter >= completesAt) return RagStatus.COMPLETE;
  switch (profile) {
    case 'SLIPPING':
      return quarter < 1 ? RagStatus.GREEN : RagStatus.AMBER;
    case 'AT_RISK':
      return quarter % 3 === 0 ? RagStatus.AMBER : RagStatus.RED;
    case 'RECOVERING':
      return [RagStatus.AMBER, RagStatus.RED, RagStatus.AMBER][quarter] ?? RagStatus.GREEN;
    case 'NOT_STARTED_YET':
      return quarter < 3 ? RagStatus.NOT_STARTED : RagStatus.AMBER;
    default:
      return RagStatus.GREEN;
  }
}

function percentAt(rag: RagStatus, quarter: number, completesAt: number): number {
  if (rag === RagStatus.COMPLETE) return 100;
  if (rag === RagStatus.NOT_STARTED) return 0;
  const horizon = Number.isFinite(completesAt) ? completesAt + 1 : quarter + 4;
  const progress = Math.round((100 * (quarter + 1)) / horizon);
  return Math.max(5, Math.min(95, rag === RagStatus.RED ? progress - 10 : progress));
}

/**
 * On-track work meets its milestones a few days early; troubled work finishes its first
 * milestone late (or, this year, not yet) and its last only when the action completes.
 */
function milestoneCompletion(
  profile: Profile,
  due: string,
  at: { first: boolean; last: boolean; finishing: boolean; currentYear: boolean; jitter: number },
): string | null {
  if (due >= DATA_UNTIL) return null;
  if (!['AT_RISK', 'SLIPPING', 'NOT_STARTED_YET'].includes(profile))
    return addDays(due, -at.jitter);
  if (at.first) return at.currentYear ? null : addDays(due, 25);
  if (at.last && !at.finishing) return null;
  const late = addDays(due, 5 + at.jitter);
  return late < DATA_UNTIL ? late : null;
}

/**
 * Loads the demo programme into an empty database; does nothing if a strategy exists. The
 * programme's history before this year is written as rows (in one transaction); this year's
 * rounds, reports and board reviews are then played through the product's services (each
 * in its own transactions, as in use): should that fail, `npm run db:reset` starts again.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  if (await dataSource.getRepository(Strategy).exists()) return false;
  const currentYear = await dataSource.transaction((manager) => insertDemoData(manager));
  await playDemoYear(dataSource, currentYear);
  return true;
}

/** A quarter of the programme: a period written as a row before this year, a played round in it. */
interface Round {
  year: number;
  quarter: Quarter;
  startDate: string;
  endDate: string;
  /** Its period's id, for the years written as rows. */
  periodId: string | null;
}

/** Where and how long an action runs, and the counter that varies its statuses. */
interface ActionTimeline {
  reference: string;
  firstYear: number;
  duration: number;
  startDate: string;
  index: number;
}

/** The first day of the financial year's month `month` (0: April). */
function monthStart(year: number, month: number): string {
  return addDays(endOfMonthAfter(financialYearStart(year), month), 1);
}

/** The catalogue's actions: six per area from 2024-25 and 2025-26, then 2026-27's new ones. */
function actionTimelines(): [ActionSeed, ActionTimeline][] {
  const earlier = ACTIONS.map((seed, index): [ActionSeed, ActionTimeline] => {
    const indexInArea = index % 6;
    const firstYear = indexInArea < 4 ? 2024 : 2025;
    return [
      seed,
      {
        reference: `${seed.areaNumber}.${indexInArea + 1}`,
        firstYear,
        duration: indexInArea % 2 === 0 ? 4 : 8,
        startDate: monthStart(firstYear, indexInArea % 3),
        index,
      },
    ];
  });
  const newInArea = new Map<number, number>();
  const current = NEW_ACTIONS_2026.map((seed, position): [ActionSeed, ActionTimeline] => {
    const number = (newInArea.get(seed.areaNumber) ?? 6) + 1;
    newInArea.set(seed.areaNumber, number);
    return [
      seed,
      {
        reference: `${seed.areaNumber}.${number}`,
        firstYear: CURRENT_YEAR,
        duration: 4,
        startDate: monthStart(CURRENT_YEAR, position % 2),
        index: ACTIONS.length + position,
      },
    ];
  });
  return [...earlier, ...current];
}

async function insertDemoData(manager: EntityManager): Promise<DemoYearInput> {
  await manager.insert(Strategy, {
    title: STRATEGY.title,
    ambition: STRATEGY.ambition,
    startYear: 2020,
    endYear: 2030,
    publishedOn: STRATEGY.publishedOn,
  });
  await manager.insert(
    StrategyTheme,
    THEMES.map((theme, position) => ({
      code: theme.code as Theme,
      kind: THEME_KINDS[theme.code as Theme],
      name: theme.name,
      description: theme.description,
      position,
    })),
  );
  const areaIds = new Map(STRATEGIC_AREAS.map((area) => [area.number, randomUUID()]));
  await manager.insert(
    StrategicArea,
    STRATEGIC_AREAS.map((area) => ({ id: areaIds.get(area.number), ...area })),
  );
  const organisationIds = new Map(ORGANISATIONS.map((org) => [org.code, randomUUID()]));
  await manager.insert(
    Organisation,
    ORGANISATIONS.map((org) => ({
      id: organisationIds.get(org.code),
      code: org.code,
      type: org.type as OrganisationType,
      name: org.name,
    })),
  );
  const personIds = new Map(PEOPLE.map((person) => [person.key, randomUUID()]));
  await manager.insert(
    Person,
    PEOPLE.map((person) => ({
      id: personIds.get(person.key),
      name: person.name,
      email: person.email.toLowerCase(),
      jobTitle: person.jobTitle,
      organisationId: organisationIds.get(person.organisationCode),
    })),
  );

  await insertDemoUsers(manager, personIds);

  const planIds = new Map<number, string>(PLAN_YEARS.map((plan) => [plan.year, randomUUID()]));
  await manager.insert(
    AnnualPlan,
    PLAN_YEARS.map((plan) => ({
      id: planIds.get(plan.year),
      financialYear: plan.year,
      state: plan.state,
      title: {
        en: `Joint action plan ${plan.year}-${(plan.year + 1) % 100}`,
        cy: `Cynllun gweithredu ar y cyd ${plan.year}-${(plan.year + 1) % 100}`,
      },
      approvedAt: new Date(`${plan.approvedAt}T10:00:00Z`),
      closedAt: plan.closedAt ? new Date(`${plan.closedAt}T10:00:00Z`) : null,
    })),
  );

  // Periods before this year are rows, closed a week after their deadline; this year's rounds
  // are opened and closed by the services (playDemoYear).
  const rounds: Round[] = [];
  for (const { year } of PLAN_YEARS) {
    for (const quarter of [1, 2, 3, 4] as Quarter[]) {
      if (year === OPEN_PERIOD.year && quarter > OPEN_PERIOD.quarter) break;
      rounds.push({
        year,
        quarter,
        ...quarterRange(year, quarter),
        periodId: year < CURRENT_YEAR ? randomUUID() : null,
      });
    }
  }
  await manager.insert(
    ReportingPeriod,
    rounds
      .filter((round) => round.periodId)
      .map((round) => ({
        id: round.periodId as string,
        financialYear: round.year,
        quarter: round.quarter,
        startDate: round.startDate,
        endDate: round.endDate,
        updateDeadline: addDays(round.endDate, UPDATE_DEADLINE_DAYS),
        closedAt: new Date(`${addDays(round.endDate, UPDATE_DEADLINE_DAYS + 7)}T17:00:00Z`),
      })),
  );

  const actions: Partial<Action>[] = [];
  const owners: Partial<ActionOwner>[] = [];
  const milestones: Partial<Milestone>[] = [];
  const updates: Partial<StatusUpdate>[] = [];
  const updatesByQuarter = new Map<Quarter, Partial<StatusUpdate>[]>();
  let sequence = 0;

  for (const [seed, timeline] of actionTimelines()) {
    const { firstYear, duration, index: catalogueIndex } = timeline;
    const completesAt = completionQuarter(seed.profile, duration);
    const plannedDue = financialYearEnd(firstYear + duration / 4 - 1);
    const ownerIds = seed.ownerKeys.map((key) => personIds.get(key) as string);
    let previousId: string | null = null;
    let quarterIndex = 0;
    let complete = false;

    for (let year = firstYear; year <= CURRENT_YEAR && !complete; year++) {
      const actionId = randomUUID();
      const dueDate = plannedDue > financialYearEnd(year) ? plannedDue : financialYearEnd(year);
      actions.push({
        id: actionId,
        planId: planIds.get(year),
        areaId: areaIds.get(seed.areaNumber),
        reference: timeline.reference,
        title: seed.title,
        description: seed.description,
        leadOrganisation: seed.lead as LeadOrganisation,
        startDate: timeline.startDate,
        dueDate,
        themes: seed.themes as Theme[],
        ...futureGenerationsTags(seed.areaNumber, seed.themes, catalogueIndex),
        carriedForwardFromId: previousId,
      });
      ownerIds.forEach((personId, position) => owners.push({ actionId, personId, position }));

      const finishing = year - firstYear + 1 >= Math.ceil((completesAt + 1) / 4);
      seed.milestones.forEach((milestone, index) => {
        const due = endOfMonthAfter(financialYearStart(year), milestone.monthOffset);
        milestones.push({
          id: randomUUID(),
          actionId,
          title: milestone.title,
          dueDate: due,
          completedOn: milestoneCompletion(seed.profile, due, {
            first: index === 0,
            last: index === seed.milestones.length - 1,
            finishing,
            currentYear: year === CURRENT_YEAR,
            jitter: (sequence + index) % 10,
          }),
        });
      });

      for (const round of rounds.filter((r) => r.year === year)) {
        const isOpenRound = year === OPEN_PERIOD.year && round.quarter === OPEN_PERIOD.quarter;
        sequence++;
        // A few leads never reported for 2026-27 Q2; in the open round (opened on 2 November)
        // three in five have reported so far, the rest were reminded.
        const skip = isOpenRound
          ? catalogueIndex % 5 < 2
          : year === CURRENT_YEAR && round.quarter === 2 && catalogueIndex % 13 === 0;
        if (!skip) {
          const rag = ragAt(seed.profile, quarterIndex, completesAt);
          const risky = rag === RagStatus.RED || rag === RagStatus.AMBER;
          const submittedOn = addDays(
            isOpenRound ? round.startDate : round.endDate,
            isOpenRound ? 33 + (sequence % 17) : 3 + (sequence % 15),
          );
          const update: Partial<StatusUpdate> = {
            id: randomUUID(),
            actionId,
            reportingPeriodId: round.periodId ?? undefined,
            rag,
            percentComplete: percentAt(rag, quarterIndex, completesAt),
            commentary: COMMENTARY[rag][(catalogueIndex + quarterIndex) % COMMENTARY[rag].length],
            risks: risky ? RISKS[sequence % RISKS.length] : { en: null, cy: null },
            nextSteps:
              rag === RagStatus.COMPLETE
                ? { en: null, cy: null }
                : NEXT_STEPS[sequence % NEXT_STEPS.length],
            authorId: ownerIds[quarterIndex % ownerIds.length],
            submittedAt: new Date(
              `${submittedOn}T09:${String(sequence % 60).padStart(2, '0')}:00Z`,
            ),
          };
          if (round.periodId) updates.push(update);
          else
            updatesByQuarter.set(round.quarter, [
              ...(updatesByQuarter.get(round.quarter) ?? []),
              update,
            ]);
          if (rag === RagStatus.COMPLETE) complete = true;
        }
        // A completed action is reported complete for the rest of its year, then not carried on.
        quarterIndex++;
      }
      previousId = actionId;
    }
  }

  await manager.insert(Action, actions);
  await manager.insert(ActionOwner, owners);
  await manager.insert(Milestone, milestones);
  for (let i = 0; i < updates.length; i += 500) {
    await manager.insert(StatusUpdate, updates.slice(i, i + 500));
  }
  return { personIds, updatesByQuarter };
}
