import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';
import type { DataSource, EntityManager } from 'typeorm';

import {
  financialYearEnd,
  financialYearLabel,
  financialYearOf,
  financialYearStart,
  LeadOrganisation,
  MeasureFrequency,
  PlanState,
  quarterRange,
  RagStatus,
  Role,
  Theme,
  THEME_KINDS,
  todayInWales,
  type IsoDate,
  type Quarter,
  type WayOfWorking,
  type WellBeingGoal,
} from '@cynnydd/shared/domain';

import { bulkInsert } from './bulk-insert';
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
  type BilingualSeedText,
  type OrganisationSeed,
} from './demo-catalogue';
import { futureGenerationsTags } from './future-generations-tags';
import { buildLargeMeasures, type LargeMeasures, type MeasureRow } from './large-data-measures';
import { buildLargeMeetings, insertLargeMeetings, type LargeMeetings } from './large-data-meetings';
import {
  buildLargePartnership,
  insertLargePartnership,
  type LargePartnership,
} from './large-data-partnership';
import { publishLargeData } from './large-data-publications';
import { buildLargeRisks, type LargeRisks } from './large-data-risks';

/**
 * A large, realistic programme for performance work (docs/performance.md): ten plan years
 * (2020-21 … 2029-30), 30 organisations, 2,000 people, 5,000 actions with owners, delegates,
 * milestones and carry-forward chains, every quarterly period up to today and 200,000 status
 * updates, each with its audit entry; measures, risks, ten years of the forums' meetings and the
 * engagement with the unions. The strategy, principles and areas are the demo seed's, word for
 * word; every other text comes from the demo catalogue (already in English and Welsh).
 *
 * Deterministic: the same seed and "today" give the same rows, ids included. Rows are written
 * with one multi-row `INSERT … SELECT FROM unnest(…)` per few thousand rows, in one transaction.
 */

export interface LargeDataOptions {
  seed: number;
  /** The day the data is "as at": periods, completions and submissions stop here. */
  today: IsoDate;
  /** Across all ten years; default 5,000. */
  actions: number;
  people: number;
  /** Total status updates; at least one per action and started period. Default 200,000. */
  statusUpdates: number;
  /** Monthly measures, each with ten years of figures; default 500. */
  measures: number;
  /** Risks and issues, each with about eight reviews; default 2,000. */
  risks: number;
}

export const LARGE_DATA_DEFAULTS: Omit<LargeDataOptions, 'today'> = {
  seed: 42,
  actions: 5_000,
  people: 2_000,
  statusUpdates: 200_000,
  measures: 500,
  risks: 2_000,
};

export const FIRST_YEAR = 2020;
export const YEARS = 10;

export interface LargeDataArgs extends Partial<LargeDataOptions> {
  databaseUrl?: string;
}

const USAGE =
  'data:large [--database-url URL] [--seed N] [--today YYYY-MM-DD] [--actions N] [--people N] [--status-updates N] [--measures N] [--risks N]';

/** Parses `--name value` / `--name=value` options of the `data:large` command. */
export function parseLargeDataArgs(argv: readonly string[]): LargeDataArgs {
  const args: LargeDataArgs = {};
  const integer = (name: string, value: string, min: number) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < min) {
      throw new Error(`--${name} must be a whole number of at least ${min}; usage: ${USAGE}`);
    }
    return number;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value; usage: ${USAGE}`);
    switch (flag) {
      case '--database-url':
        args.databaseUrl = value;
        break;
      case '--seed':
        args.seed = integer('seed', value, 0);
        break;
      case '--today':
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error('--today must be YYYY-MM-DD');
        args.today = value;
        break;
      case '--actions':
        args.actions = integer('actions', value, YEARS);
        break;
      case '--people':
        args.people = integer('people', value, 10);
        break;
      case '--status-updates':
        args.statusUpdates = integer('status-updates', value, 0);
        break;
      case '--measures':
        args.measures = integer('measures', value, 0);
        break;
      case '--risks':
        args.risks = integer('risks', value, 0);
        break;
      default:
        throw new Error(`Unknown option ${flag}; usage: ${USAGE}`);
    }
  }
  return args;
}

/** Seeded choices: pure-rand's xoroshiro128+, advanced in place. */
export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.rng);
  }

  chance(probability: number): boolean {
    return this.int(0, 999_999) < probability * 1_000_000;
  }

  pick<T>(values: readonly T[]): T {
    return values[this.int(0, values.length - 1)];
  }

  /** One of the values, each drawn with its probability (which sum to 1). */
  weighted<T>(choices: readonly [T, number][]): T {
    let draw = this.int(0, 999_999) / 1_000_000;
    for (const [value, weight] of choices) {
      if (draw < weight) return value;
      draw -= weight;
    }
    return choices[choices.length - 1][0];
  }

  /** `count` different values, in the order drawn. */
  sample<T>(values: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, values.length)) chosen.add(this.pick(values));
    return [...chosen];
  }

  /** A version-4 UUID made from the generator, so ids repeat with the seed. */
  uuid(): string {
    const hex = Array.from({ length: 4 }, () =>
      (this.int(0, 0xffff) * 0x10000 + this.int(0, 0xffff)).toString(16).padStart(8, '0'),
    ).join('');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

// --- Rows, as the tables hold them ---------------------------------------------------------

export interface OrganisationRow {
  id: string;
  code: string;
  type: OrganisationSeed['type'];
  name: BilingualSeedText;
}
export interface PersonRow {
  id: string;
  name: string;
  email: string;
  organisationId: string;
  jobTitle: BilingualSeedText;
}
export interface PlanRow {
  id: string;
  financialYear: number;
  state: PlanState;
  approvedAt: Date | null;
  closedAt: Date | null;
}
export interface PeriodRow {
  id: string;
  financialYear: number;
  quarter: Quarter;
  startDate: IsoDate;
  endDate: IsoDate;
  updateDeadline: IsoDate;
  closedAt: Date | null;
}
export interface ActionRow {
  id: string;
  planId: string;
  areaNumber: number;
  reference: string;
  catalogueIndex: number;
  lead: LeadOrganisation;
  startDate: IsoDate;
  dueDate: IsoDate;
  themes: Theme[];
  wellBeingGoals: WellBeingGoal[];
  waysOfWorking: WayOfWorking[];
  carriedForwardFromId: string | null;
  ownerIds: string[];
  delegateIds: string[];
}
export interface MilestoneRow {
  id: string;
  actionId: string;
  title: BilingualSeedText;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
}
export interface StatusUpdateRow {
  id: string;
  actionId: string;
  periodId: string;
  rag: RagStatus;
  percentComplete: number;
  commentary: BilingualSeedText;
  risks: BilingualSeedText | null;
  nextSteps: BilingualSeedText | null;
  authorId: string;
  submittedAt: Date;
}
export interface AuditRow {
  id: string;
  occurredAt: Date;
  actorEmail: string | null;
  action: 'CREATE' | 'UPDATE' | 'STATE_CHANGE';
  entityType: string;
  entityId: string;
  changes: { field: string; before: string | null; after: string | null }[];
}

export interface AccountRow {
  id: string;
  email: string;
  role: Role;
  personId: string;
  disabled: boolean;
  lastSignedInAt: Date | null;
}

export interface LargeDataSet {
  organisations: OrganisationRow[];
  people: PersonRow[];
  accounts: AccountRow[];
  plans: PlanRow[];
  periods: PeriodRow[];
  actions: ActionRow[];
  milestones: MilestoneRow[];
  statusUpdates: StatusUpdateRow[];
  audit: AuditRow[];
  measures: LargeMeasures;
  risks: LargeRisks;
  meetings: LargeMeetings;
  partnership: LargePartnership;
}

// --- The data ---------------------------------------------------------------------------------

/**
 * Twenty more Welsh public bodies beside the demo's ten. The Welsh names must be checked by a
 * Welsh speaker, like the rest of the catalogue, before they are shown to anyone.
 */
const MORE_ORGANISATIONS: OrganisationSeed[] = [
  [
    'ABUHB',
    'HEALTH_BOARD',
    'Aneurin Bevan University Health Board',
    'Bwrdd Iechyd Prifysgol Aneurin Bevan',
  ],
  [
    'CTMUHB',
    'HEALTH_BOARD',
    'Cwm Taf Morgannwg University Health Board',
    'Bwrdd Iechyd Prifysgol Cwm Taf Morgannwg',
  ],
  ['PTHB', 'HEALTH_BOARD', 'Powys Teaching Health Board', 'Bwrdd Iechyd Addysgu Powys'],
  [
    'SBUHB',
    'HEALTH_BOARD',
    'Swansea Bay University Health Board',
    'Bwrdd Iechyd Prifysgol Bae Abertawe',
  ],
  ['VELINDRE', 'OTHER', 'Velindre University NHS Trust', 'Ymddiriedolaeth GIG Prifysgol Felindre'],
  [
    'WAST',
    'OTHER',
    'Welsh Ambulance Services University NHS Trust',
    'Ymddiriedolaeth GIG Prifysgol Gwasanaethau Ambiwlans Cymru',
  ],
  ['PHW', 'OTHER', 'Public Health Wales', 'Iechyd Cyhoeddus Cymru'],
  ['SWANSEA', 'LOCAL_AUTHORITY', 'Swansea Council', 'Cyngor Abertawe'],
  ['NEWPORT', 'LOCAL_AUTHORITY', 'Newport City Council', 'Cyngor Dinas Casnewydd'],
  [
    'WREXHAM',
    'LOCAL_AUTHORITY',
    'Wrexham County Borough Council',
    'Cyngor Bwrdeistref Sirol Wrecsam',
  ],
  ['CONWY', 'LOCAL_AUTHORITY', 'Conwy County Borough Council', 'Cyngor Bwrdeistref Sirol Conwy'],
  ['ANGLESEY', 'LOCAL_AUTHORITY', 'Isle of Anglesey County Council', 'Cyngor Sir Ynys Môn'],
  ['CEREDIGION', 'LOCAL_AUTHORITY', 'Ceredigion County Council', 'Cyngor Sir Ceredigion'],
  ['CARMS', 'LOCAL_AUTHORITY', 'Carmarthenshire County Council', 'Cyngor Sir Gâr'],
  ['PEMBS', 'LOCAL_AUTHORITY', 'Pembrokeshire County Council', 'Cyngor Sir Penfro'],
  ['POWYS', 'LOCAL_AUTHORITY', 'Powys County Council', 'Cyngor Sir Powys'],
  ['DENBIGHS', 'LOCAL_AUTHORITY', 'Denbighshire County Council', 'Cyngor Sir Ddinbych'],
  ['FLINTS', 'LOCAL_AUTHORITY', 'Flintshire County Council', 'Cyngor Sir y Fflint'],
  [
    'RCT',
    'LOCAL_AUTHORITY',
    'Rhondda Cynon Taf County Borough Council',
    'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf',
  ],
  [
    'CAERPHILLY',
    'LOCAL_AUTHORITY',
    'Caerphilly County Borough Council',
    'Cyngor Bwrdeistref Sirol Caerffili',
  ],
].map(([code, type, en, cy]) => ({
  code,
  type: type as OrganisationSeed['type'],
  name: { en, cy },
}));

const FIRST_NAMES = [
  'Aled',
  'Alaw',
  'Angharad',
  'Bethan',
  'Bryn',
  'Carys',
  'Catrin',
  'Dafydd',
  'Delyth',
  'Dylan',
  'Eirlys',
  'Elen',
  'Emyr',
  'Ffion',
  'Gareth',
  'Geraint',
  'Gethin',
  'Glesni',
  'Gwen',
  'Gwenllian',
  'Gwion',
  'Heledd',
  'Huw',
  'Iestyn',
  'Ifan',
  'Iolo',
  'Lowri',
  'Llinos',
  'Mabli',
  'Manon',
  'Meinir',
  'Meleri',
  'Morgan',
  'Nerys',
  'Nia',
  'Osian',
  'Owain',
  'Rhian',
  'Rhodri',
  'Rhys',
  'Seren',
  'Siân',
  'Sioned',
  'Steffan',
  'Tomos',
  'Tegan',
  'Wyn',
  'Ffraid',
  'Hywel',
  'Mared',
];
const SURNAMES = [
  'Ap Gwilym',
  'Bevan',
  'Davies',
  'Edwards',
  'Evans',
  'Griffiths',
  'Hopkins',
  'Howells',
  'Hughes',
  'James',
  'Jenkins',
  'John',
  'Jones',
  'Lewis',
  'Lloyd',
  'Llywelyn',
  'Mathias',
  'Morgan',
  'Morris',
  'Owen',
  'Parry',
  'Phillips',
  'Powell',
  'Price',
  'Pritchard',
  'Probert',
  'Prosser',
  'Pugh',
  'Rees',
  'Roberts',
  'Rowlands',
  'Thomas',
  'Vaughan',
  'Watkins',
  'Williams',
];

const THEME_CODES = Object.values(Theme);
/** Where actions stand at the end of their first year. */
type Health = 'GOOD' | 'SLIPPING' | 'TROUBLED';

function addDays(date: IsoDate, days: number): IsoDate {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

function endOfMonth(yearStart: IsoDate, monthsIn: number): IsoDate {
  const value = new Date(`${yearStart}T00:00:00Z`);
  value.setUTCMonth(value.getUTCMonth() + monthsIn, 0);
  return value.toISOString().slice(0, 10);
}

/** A time on `date` in working hours; dates before `today` only. */
function at(random: Random, date: IsoDate): Date {
  return new Date(
    `${date}T${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}Z`,
  );
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** Actions per area in a year: `total` spread as evenly as the seven areas allow. */
export function actionsPerArea(total: number, areas: number): number[] {
  return Array.from(
    { length: areas },
    (_, i) => Math.floor(total / areas) + (i < total % areas ? 1 : 0),
  );
}

/** Builds the whole data set in memory; nothing touches the database. */
export function buildLargeData(options: LargeDataOptions): LargeDataSet {
  const random = new Random(options.seed);
  const today = options.today;
  const currentYear = financialYearOf(today);
  /** Nothing happened after yesterday: later dates (plans drafted ahead) are brought back. */
  const when = (date: IsoDate) => at(random, minDate(date, addDays(today, -1)));

  const organisations: OrganisationRow[] = [...ORGANISATIONS, ...MORE_ORGANISATIONS].map((org) => ({
    id: random.uuid(),
    code: org.code,
    type: org.type,
    name: org.name,
  }));
  const people: PersonRow[] = [];
  const usedEmails = new Set<string>();
  for (let i = 0; i < options.people; i++) {
    // The two delivery bodies employ about half of the people who answer for actions.
    const organisation =
      i % 2 === 0 ? organisations[i % 4 === 0 ? 0 : 1] : random.pick(organisations.slice(2));
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
    const local = name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '.');
    let email = `${local}@${organisation.code.toLowerCase()}.example.wales`;
    for (let n = 2; usedEmails.has(email); n++) {
      email = `${local}${n}@${organisation.code.toLowerCase()}.example.wales`;
    }
    usedEmails.add(email);
    people.push({
      id: random.uuid(),
      name,
      email,
      organisationId: organisation.id,
      jobTitle: random.pick(PEOPLE).jobTitle,
    });
  }
  const emailOf = new Map(people.map((person) => [person.id, person.email]));

  const plans: PlanRow[] = Array.from({ length: YEARS }, (_, i) => {
    const year = FIRST_YEAR + i;
    const state =
      year < currentYear
        ? PlanState.CLOSED
        : year === currentYear
          ? PlanState.APPROVED
          : PlanState.DRAFT;
    return {
      id: random.uuid(),
      financialYear: year,
      state,
      approvedAt: state === PlanState.DRAFT ? null : when(`${year}-04-${20 + random.int(0, 8)}`),
      closedAt: state === PlanState.CLOSED ? when(`${year + 1}-04-${20 + random.int(0, 8)}`) : null,
    };
  });

  // Every quarter that has started by today; all but the latest are closed.
  const periods: PeriodRow[] = [];
  for (let year = FIRST_YEAR; year <= currentYear; year++) {
    for (const quarter of [1, 2, 3, 4] as Quarter[]) {
      const range = quarterRange(year, quarter);
      if (range.startDate > today) break;
      const updateDeadline = addDays(range.endDate, 21);
      periods.push({
        id: random.uuid(),
        financialYear: year,
        quarter,
        ...range,
        updateDeadline,
        closedAt: null,
      });
    }
  }
  periods.forEach((period, i) => {
    if (i < periods.length - 1)
      period.closedAt = when(minDate(addDays(period.updateDeadline, 7), addDays(today, -1)));
  });
  const openPeriod = periods.at(-1);

  const audit: AuditRow[] = [];
  const audited = (row: Omit<AuditRow, 'id'>) => audit.push({ id: random.uuid(), ...row });
  for (const plan of plans) {
    const created = when(`${plan.financialYear - 1}-12-0${random.int(1, 9)}`);
    audited({
      occurredAt: created,
      actorEmail: null,
      action: 'CREATE',
      entityType: 'AnnualPlan',
      entityId: plan.id,
      changes: [
        { field: 'financialYear', before: null, after: String(plan.financialYear) },
        { field: 'state', before: null, after: PlanState.DRAFT },
      ],
    });
    if (plan.approvedAt)
      audited({
        occurredAt: plan.approvedAt,
        actorEmail: null,
        action: 'STATE_CHANGE',
        entityType: 'AnnualPlan',
        entityId: plan.id,
        changes: [{ field: 'state', before: PlanState.DRAFT, after: PlanState.APPROVED }],
      });
    if (plan.closedAt)
      audited({
        occurredAt: plan.closedAt,
        actorEmail: null,
        action: 'STATE_CHANGE',
        entityType: 'AnnualPlan',
        entityId: plan.id,
        changes: [{ field: 'state', before: PlanState.APPROVED, after: PlanState.CLOSED }],
      });
  }
  for (const period of periods) {
    audited({
      occurredAt: when(addDays(period.startDate, -14)),
      actorEmail: null,
      action: 'CREATE',
      entityType: 'ReportingPeriod',
      entityId: period.id,
      changes: [{ field: 'quarter', before: null, after: String(period.quarter) }],
    });
    if (period.closedAt)
      audited({
        occurredAt: period.closedAt,
        actorEmail: null,
        action: 'STATE_CHANGE',
        entityType: 'ReportingPeriod',
        entityId: period.id,
        changes: [{ field: 'closedAt', before: null, after: period.closedAt.toISOString() }],
      });
  }

  // Actions: the same slots (area, index) every year, so a carried-forward action keeps its
  // reference. Each slot's action either continues last year's unfinished one or is new.
  const actions: ActionRow[] = [];
  const milestones: MilestoneRow[] = [];
  const pairs: { action: ActionRow; period: PeriodRow; rag: RagStatus; percent: number }[] = [];
  const perYear = actionsPerArea(options.actions, YEARS);
  const catalogueByArea = STRATEGIC_AREAS.map((area) =>
    ACTIONS.map((seed, index) => ({ seed, index })).filter(
      ({ seed }) => seed.areaNumber === area.number,
    ),
  );
  let previousYear = new Map<string, { action: ActionRow; finished: boolean; health: Health }>();
  plans.forEach((plan, yearIndex) => {
    const year = plan.financialYear;
    const thisYear = new Map<string, { action: ActionRow; finished: boolean; health: Health }>();
    actionsPerArea(perYear[yearIndex], STRATEGIC_AREAS.length).forEach((count, areaIndex) => {
      const areaNumber = STRATEGIC_AREAS[areaIndex].number;
      for (let slot = 1; slot <= count; slot++) {
        const reference = `${areaNumber}.${slot}`;
        const before = previousYear.get(reference);
        const carried =
          before && !before.finished && plan.state !== PlanState.DRAFT && random.chance(0.7)
            ? before
            : null;
        const template = carried ? null : random.pick(catalogueByArea[areaIndex]);
        const startMonth = random.int(0, 3);
        const startDate = startMonth
          ? addDays(endOfMonth(financialYearStart(year), startMonth), 1)
          : financialYearStart(year);
        const action: ActionRow = carried
          ? {
              ...carried.action,
              id: random.uuid(),
              planId: plan.id,
              startDate: financialYearStart(year),
              dueDate: financialYearEnd(year),
              carriedForwardFromId: carried.action.id,
            }
          : {
              id: random.uuid(),
              planId: plan.id,
              areaNumber,
              reference,
              catalogueIndex: template?.index ?? 0,
              lead: random.pick([
                LeadOrganisation.HEIW,
                LeadOrganisation.SOCIAL_CARE_WALES,
                LeadOrganisation.JOINT,
              ]),
              startDate,
              dueDate: random.chance(0.7)
                ? financialYearEnd(year)
                : endOfMonth(financialYearStart(year), random.int(Math.max(startMonth, 1) + 5, 12)),
              themes: random.sample(THEME_CODES, random.int(0, 3)),
              // Filled in below from the area and themes, without drawing on the random source.
              wellBeingGoals: [],
              waysOfWorking: [],
              carriedForwardFromId: null,
              ownerIds: random.sample(people, random.int(1, 3)).map((person) => person.id),
              delegateIds: random.chance(0.2) ? [random.pick(people).id] : [],
            };
        if (action.delegateIds.some((id) => action.ownerIds.includes(id))) action.delegateIds = [];
        if (!carried) Object.assign(action, futureGenerationsTags(areaNumber, action.themes, slot));
        actions.push(action);
        const seed = ACTIONS[action.catalogueIndex];
        const created = when(`${year - 1}-12-${String(random.int(10, 28))}`);
        audited({
          occurredAt: created,
          actorEmail: null,
          action: 'CREATE',
          entityType: 'Action',
          entityId: action.id,
          changes: [
            { field: 'reference', before: null, after: action.reference },
            { field: 'title.en', before: null, after: seed.title.en },
            { field: 'title.cy', before: null, after: seed.title.cy },
            { field: 'dueDate', before: null, after: action.dueDate },
            { field: 'leadOrganisation', before: null, after: action.lead },
          ],
        });
        if (random.chance(0.3)) {
          audited({
            occurredAt: at(
              random,
              minDate(addDays(action.startDate, random.int(20, 200)), addDays(today, -1)),
            ),
            actorEmail: emailOf.get(action.ownerIds[0]) ?? null,
            action: 'UPDATE',
            entityType: 'Action',
            entityId: action.id,
            changes: [{ field: 'description.en', before: null, after: seed.description.en }],
          });
        }

        // Progress: a health for the year, quarter by quarter, stopping when complete.
        const health: Health = carried
          ? random.chance(0.5)
            ? 'SLIPPING'
            : 'TROUBLED'
          : random.pick<Health>(['GOOD', 'GOOD', 'GOOD', 'SLIPPING', 'TROUBLED']);
        const completesIn =
          health === 'GOOD' ? random.int(2, 4) : health === 'SLIPPING' ? random.int(3, 6) : 99;
        const notStartedFor = health === 'TROUBLED' && !carried ? random.int(0, 2) : 0;
        let finished = false;
        for (const period of periods.filter((p) => p.financialYear === year)) {
          const quarter = period.quarter;
          let rag: RagStatus;
          if (quarter >= completesIn) rag = RagStatus.COMPLETE;
          else if (quarter <= notStartedFor) rag = RagStatus.NOT_STARTED;
          else if (health === 'GOOD') rag = random.chance(0.9) ? RagStatus.GREEN : RagStatus.AMBER;
          else if (health === 'SLIPPING')
            rag = random.chance(0.6) ? RagStatus.AMBER : RagStatus.GREEN;
          else rag = random.chance(0.55) ? RagStatus.RED : RagStatus.AMBER;
          const percent =
            rag === RagStatus.COMPLETE
              ? 100
              : rag === RagStatus.NOT_STARTED
                ? 0
                : Math.min(
                    95,
                    Math.max(
                      5,
                      quarter * 22 + random.int(-10, 10) - (rag === RagStatus.RED ? 15 : 0),
                    ),
                  );
          // In the open round, only some have reported so far.
          if (period !== openPeriod || random.chance(0.45))
            pairs.push({ action, period, rag, percent });
          if (rag === RagStatus.COMPLETE) {
            finished = true;
            break;
          }
        }

        const dueDates = random
          .sample([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], random.int(2, 4))
          .sort((a, b) => a - b)
          .map((month) => endOfMonth(financialYearStart(year), month));
        dueDates.forEach((dueDate, index) => {
          const titles = seed.milestones;
          const title = titles[index % titles.length].title;
          const late =
            health === 'TROUBLED'
              ? random.int(10, 90)
              : health === 'SLIPPING'
                ? random.int(-5, 40)
                : random.int(-20, 3);
          const done = addDays(dueDate, late);
          const completedOn =
            finished || health !== 'TROUBLED' || random.chance(0.5)
              ? done < today
                ? done
                : null
              : null;
          const milestone = { id: random.uuid(), actionId: action.id, title, dueDate, completedOn };
          milestones.push(milestone);
          audited({
            occurredAt: created,
            actorEmail: null,
            action: 'CREATE',
            entityType: 'Milestone',
            entityId: milestone.id,
            changes: [
              { field: 'dueDate', before: null, after: dueDate },
              { field: 'title.en', before: null, after: title.en },
            ],
          });
          if (completedOn)
            audited({
              occurredAt: when(completedOn),
              actorEmail: emailOf.get(action.ownerIds[0]) ?? null,
              action: 'UPDATE',
              entityType: 'Milestone',
              entityId: milestone.id,
              changes: [{ field: 'completedOn', before: null, after: completedOn }],
            });
        });
        thisYear.set(reference, { action, finished, health });
      }
    });
    previousYear = thisYear;
  });

  // Status updates: one for every action and period reported on, then corrections (later
  // updates for the same period) spread at random until the total is reached.
  const counts = pairs.map(() => 1);
  for (let extra = options.statusUpdates - pairs.length; extra > 0; extra--) {
    counts[random.int(0, pairs.length - 1)] += 1;
  }
  const statusUpdates: StatusUpdateRow[] = [];
  pairs.forEach(({ action, period, rag: finalRag, percent: finalPercent }, i) => {
    const until = minDate(
      period === openPeriod ? addDays(today, -1) : period.updateDeadline,
      addDays(today, -1),
    );
    // After the quarter ends; for the open round, from a month into the quarter.
    const from = minDate(
      period === openPeriod ? addDays(period.startDate, 30) : addDays(period.endDate, 1),
      until,
    );
    const span = (Date.parse(until) - Date.parse(from)) / 86_400_000;
    const times = Array.from({ length: counts[i] }, () => when(addDays(from, random.int(0, span))));
    times.sort((a, b) => a.getTime() - b.getTime());
    const responsible = [...action.ownerIds, ...action.delegateIds];
    times.forEach((submittedAt, n) => {
      const last = n === times.length - 1;
      // Earlier drafts of the period's report; the last is the status.
      const rag =
        last || random.chance(0.8)
          ? finalRag
          : random.pick([RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED]);
      const percent = rag === finalRag ? finalPercent : Math.min(95, finalPercent + 5);
      const risky = rag === RagStatus.RED || rag === RagStatus.AMBER;
      const authorId = random.pick(responsible);
      const update: StatusUpdateRow = {
        id: random.uuid(),
        actionId: action.id,
        periodId: period.id,
        rag,
        percentComplete: rag === RagStatus.NOT_STARTED ? 0 : percent,
        commentary: random.pick(COMMENTARY[rag]),
        risks: risky ? random.pick(RISKS) : null,
        nextSteps: rag === RagStatus.COMPLETE ? null : random.pick(NEXT_STEPS),
        authorId,
        submittedAt,
      };
      statusUpdates.push(update);
      audited({
        occurredAt: submittedAt,
        actorEmail: emailOf.get(authorId) ?? null,
        action: 'CREATE',
        entityType: 'StatusUpdate',
        entityId: update.id,
        changes: [
          { field: 'actionId', before: null, after: action.id },
          { field: 'percentComplete', before: null, after: String(update.percentComplete) },
          { field: 'rag', before: null, after: rag },
          { field: 'reportingPeriodId', before: null, after: period.id },
        ],
      });
    });
  });

  // Drawn last, so the rows above stay the same as before accounts were part of the set.
  const accounts = buildAccounts(random, people, options.today);
  const currentPlan = plans.find((plan) => plan.state === PlanState.APPROVED);
  const currentActions = actions.filter((action) => action.planId === currentPlan?.id);
  const measures = buildLargeMeasures(
    random,
    options.measures,
    people,
    currentActions,
    FIRST_YEAR,
    options.today,
  );
  // Drawn after the measures, so the rows above stay the same as before risks were part of it.
  const risks = buildLargeRisks(random, options.risks, people, currentActions, options.today);
  // Drawn last, for the same reason. The programme office's first account minutes decisions.
  const office = accounts.find((account) => account.role === Role.PROGRAMME_OFFICE) ?? accounts[0];
  const meetings = buildLargeMeetings(
    random,
    financialYearStart(FIRST_YEAR),
    options.today,
    people,
    {
      userId: office.id,
      name: people.find((person) => person.id === office.personId)?.name ?? office.email,
    },
    currentActions.map((action) => action.id),
    risks.risks.map((risk) => risk.id),
  );
  // After the meetings it is recorded at.
  const partnership = buildLargePartnership(
    random,
    options.today,
    meetings,
    {
      plans,
      actions,
      measureIds: measures.measures.map((measure) => measure.id),
      riskIds: risks.risks.map((risk) => risk.id),
    },
    organisations.filter((org) => org.type === 'TRADE_UNION').map((org) => org.id),
  );
  return {
    organisations,
    people,
    accounts,
    plans,
    periods,
    actions,
    milestones,
    statusUpdates,
    audit,
    measures,
    risks,
    meetings,
    partnership,
  };
}

/** Roles of the people with accounts: mostly leads, as in the programme. */
const ACCOUNT_ROLES: readonly Role[] = [
  ...Array<Role>(14).fill(Role.LEAD),
  Role.VIEWER,
  Role.VIEWER,
  Role.VIEWER,
  Role.BOARD_MEMBER,
  Role.BOARD_MEMBER,
  Role.PROGRAMME_OFFICE,
];

/**
 * One person in four has an account (500 by default): some deactivated, some invited and never
 * signed in, the rest last seen within the past year.
 */
function buildAccounts(random: Random, people: PersonRow[], today: IsoDate): AccountRow[] {
  return people
    .filter((_, index) => index % 4 === 0)
    .map((person) => ({
      id: random.uuid(),
      email: person.email,
      role: random.pick(ACCOUNT_ROLES),
      personId: person.id,
      disabled: random.chance(0.05),
      lastSignedInAt: random.chance(0.1) ? null : at(random, addDays(today, -random.int(0, 365))),
    }));
}

// --- Writing it --------------------------------------------------------------------------------

/** The strategy, its principles and priority, and the seven areas, as in the demo seed. */
async function insertStrategy(manager: EntityManager): Promise<Map<number, string>> {
  await manager.query(
    `INSERT INTO strategy (title_en, title_cy, ambition_en, ambition_cy, start_year, end_year, published_on)
     VALUES ($1, $2, $3, $4, 2020, 2030, $5)`,
    [
      STRATEGY.title.en,
      STRATEGY.title.cy,
      STRATEGY.ambition.en,
      STRATEGY.ambition.cy,
      STRATEGY.publishedOn,
    ],
  );
  await bulkInsert(
    manager,
    'strategy_theme',
    THEMES.map((theme, position) => ({ ...theme, position })),
    (c) => [
      c.typed('code', 'text[]', (t) => t.code, 'theme'),
      c.typed('kind', 'text[]', (t) => THEME_KINDS[t.code as Theme], 'theme_kind'),
      c.typed('position', 'int[]', (t) => t.position),
      ...c.bilingual('name', (t) => t.name),
      ...c.bilingual('description', (t) => t.description),
    ],
  );
  const rows: { id: string; number: number }[] = await manager.query(
    `INSERT INTO strategic_area
       (number, title_en, title_cy, short_title_en, short_title_cy, description_en, description_cy, version)
     SELECT *, 1 FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
     RETURNING id, number`,
    [
      STRATEGIC_AREAS.map((a) => a.number),
      STRATEGIC_AREAS.map((a) => a.title.en),
      STRATEGIC_AREAS.map((a) => a.title.cy),
      STRATEGIC_AREAS.map((a) => a.shortTitle.en),
      STRATEGIC_AREAS.map((a) => a.shortTitle.cy),
      STRATEGIC_AREAS.map((a) => a.description.en),
      STRATEGIC_AREAS.map((a) => a.description.cy),
    ],
  );
  return new Map(rows.map((row) => [row.number, row.id]));
}

async function insertLargeData(manager: EntityManager, data: LargeDataSet): Promise<void> {
  const areaIds = await insertStrategy(manager);
  await bulkInsert(manager, 'organisation', data.organisations, (c) => [
    c.uuid('id', (o) => o.id),
    c.text('code', (o) => o.code),
    c.typed('type', 'text[]', (o) => o.type, 'organisation_type'),
    ...c.bilingual('name', (o) => o.name),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'person', data.people, (c) => [
    c.uuid('id', (p) => p.id),
    c.text('name', (p) => p.name),
    c.text('email', (p) => p.email),
    c.uuid('organisation_id', (p) => p.organisationId),
    ...c.bilingual('job_title', (p) => p.jobTitle),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'app_user', data.accounts, (c) => [
    c.uuid('id', (a) => a.id),
    c.text('email', (a) => a.email),
    c.typed('role', 'text[]', (a) => a.role, 'role'),
    c.uuid('person_id', (a) => a.personId),
    c.typed('disabled', 'boolean[]', (a) => a.disabled),
    c.typed('last_signed_in_at', 'timestamptz[]', (a) => a.lastSignedInAt),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'annual_plan', data.plans, (c) => [
    c.uuid('id', (p) => p.id),
    c.typed('financial_year', 'int[]', (p) => p.financialYear),
    c.typed('state', 'text[]', (p) => p.state, 'plan_state'),
    ...c.bilingual('title', (p) => ({
      en: `Joint action plan ${financialYearLabel(p.financialYear)}`,
      cy: `Cynllun gweithredu ar y cyd ${financialYearLabel(p.financialYear)}`,
    })),
    c.typed('approved_at', 'timestamptz[]', (p) => p.approvedAt),
    c.typed('closed_at', 'timestamptz[]', (p) => p.closedAt),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'reporting_period', data.periods, (c) => [
    c.uuid('id', (p) => p.id),
    c.typed('financial_year', 'int[]', (p) => p.financialYear),
    c.typed('quarter', 'int[]', (p) => p.quarter),
    c.typed('start_date', 'date[]', (p) => p.startDate),
    c.typed('end_date', 'date[]', (p) => p.endDate),
    c.typed('update_deadline', 'date[]', (p) => p.updateDeadline),
    c.typed('closed_at', 'timestamptz[]', (p) => p.closedAt),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'action', data.actions, (c) => [
    c.uuid('id', (a) => a.id),
    c.uuid('plan_id', (a) => a.planId),
    c.uuid('area_id', (a) => areaIds.get(a.areaNumber)),
    c.text('reference', (a) => a.reference),
    ...c.bilingual('title', (a) => ACTIONS[a.catalogueIndex].title),
    ...c.bilingual('description', (a) => ACTIONS[a.catalogueIndex].description),
    c.typed('lead_organisation', 'text[]', (a) => a.lead, 'lead_organisation'),
    c.typed('start_date', 'date[]', (a) => a.startDate),
    c.typed('due_date', 'date[]', (a) => a.dueDate),
    // Arrays of arrays do not unnest row by row: each row's themes travel as one array literal.
    c.typed('themes', 'text[]', (a) => `{${a.themes.join(',')}}`, 'theme[]'),
    c.typed(
      'well_being_goals',
      'text[]',
      (a) => `{${a.wellBeingGoals.join(',')}}`,
      'well_being_goal[]',
    ),
    c.typed(
      'ways_of_working',
      'text[]',
      (a) => `{${a.waysOfWorking.join(',')}}`,
      'way_of_working[]',
    ),
    c.uuid('carried_forward_from_id', (a) => a.carriedForwardFromId),
    c.typed('version', 'int[]', () => 1),
  ]);
  const owners = data.actions.flatMap((a) =>
    a.ownerIds.map((personId, position) => ({ actionId: a.id, personId, position })),
  );
  await bulkInsert(manager, 'action_owner', owners, (c) => [
    c.uuid('action_id', (o) => o.actionId),
    c.uuid('person_id', (o) => o.personId),
    c.typed('position', 'int[]', (o) => o.position),
  ]);
  const delegates = data.actions.flatMap((a) =>
    a.delegateIds.map((personId) => ({ actionId: a.id, personId })),
  );
  await bulkInsert(manager, 'action_delegate', delegates, (c) => [
    c.uuid('action_id', (d) => d.actionId),
    c.uuid('person_id', (d) => d.personId),
  ]);
  await bulkInsert(manager, 'milestone', data.milestones, (c) => [
    c.uuid('id', (m) => m.id),
    c.uuid('action_id', (m) => m.actionId),
    ...c.bilingual('title', (m) => m.title),
    c.typed('due_date', 'date[]', (m) => m.dueDate),
    c.typed('completed_on', 'date[]', (m) => m.completedOn),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'status_update', data.statusUpdates, (c) => [
    c.uuid('id', (s) => s.id),
    c.uuid('action_id', (s) => s.actionId),
    c.uuid('reporting_period_id', (s) => s.periodId),
    c.typed('rag', 'text[]', (s) => s.rag, 'rag_status'),
    c.typed('percent_complete', 'int[]', (s) => s.percentComplete),
    ...c.bilingual('commentary', (s) => s.commentary),
    ...c.bilingual('risks', (s) => s.risks),
    ...c.bilingual('next_steps', (s) => s.nextSteps),
    c.uuid('author_id', (s) => s.authorId),
    c.typed('submitted_at', 'timestamptz[]', (s) => s.submittedAt),
  ]);
  await bulkInsert(manager, 'audit_entry', data.audit, (c) => [
    c.uuid('id', (e) => e.id),
    c.typed('occurred_at', 'timestamptz[]', (e) => e.occurredAt),
    c.text('actor_email', (e) => e.actorEmail),
    c.typed('action', 'text[]', (e) => e.action, 'audit_action'),
    c.text('entity_type', (e) => e.entityType),
    c.uuid('entity_id', (e) => e.entityId),
    c.typed('changes', 'text[]', (e) => JSON.stringify(e.changes), 'jsonb'),
  ]);
  await insertMeasures(manager, data.measures, areaIds);
  await insertRisks(manager, data.risks, areaIds);
  await insertLargeMeetings(manager, data.meetings);
  await insertLargePartnership(manager, data.partnership);
}

async function insertMeasures(
  manager: EntityManager,
  { measures, values }: LargeMeasures,
  areaIds: Map<number, string>,
): Promise<void> {
  await bulkInsert(manager, 'measure', measures, (c) => [
    c.uuid('id', (m) => m.id),
    c.text('reference', (m) => m.reference),
    ...c.bilingual('name', (m) => m.name),
    c.typed('unit', 'text[]', (m) => m.unit, 'measure_unit'),
    c.typed('direction', 'text[]', (m) => m.direction, 'measure_direction'),
    c.typed('frequency', 'text[]', () => MeasureFrequency.MONTHLY, 'measure_frequency'),
    c.uuid('owner_id', (m) => m.ownerId),
    c.typed('themes', 'text[]', (m) => `{${m.themes.join(',')}}`, 'theme[]'),
    c.typed(
      'well_being_goals',
      'text[]',
      (m) => `{${m.wellBeingGoals.join(',')}}`,
      'well_being_goal[]',
    ),
    c.typed(
      'ways_of_working',
      'text[]',
      (m) => `{${m.waysOfWorking.join(',')}}`,
      'way_of_working[]',
    ),
    c.typed('amber_tolerance', 'numeric[]', (m) => m.amberTolerance),
    c.typed('red_tolerance', 'numeric[]', (m) => m.redTolerance),
    c.typed('baseline_value', 'numeric[]', (m) => m.baselineValue),
    c.typed('baseline_date', 'date[]', (m) => m.baselineDate),
    c.typed('version', 'int[]', () => 1),
  ]);
  const links = (pick: (m: MeasureRow) => string[]) =>
    measures.flatMap((m) => pick(m).map((id) => ({ measureId: m.id, id })));
  const areaLinks = links((m) => m.areaNumbers.map((n) => areaIds.get(n) as string));
  await bulkInsert(manager, 'measure_area', areaLinks, (c) => [
    c.uuid('measure_id', (l) => l.measureId),
    c.uuid('area_id', (l) => l.id),
  ]);
  await bulkInsert(
    manager,
    'measure_action',
    links((m) => m.actionIds),
    (c) => [c.uuid('measure_id', (l) => l.measureId), c.uuid('action_id', (l) => l.id)],
  );
  const targets = measures.flatMap((m) =>
    m.targets.map(([year, value]) => ({ id: m.id, year, value })),
  );
  await bulkInsert(manager, 'measure_target', targets, (c) => [
    c.uuid('measure_id', (t) => t.id),
    c.typed('financial_year', 'int[]', (t) => t.year),
    c.typed('value', 'numeric[]', (t) => t.value),
  ]);
  await bulkInsert(manager, 'measure_value', values, (c) => [
    c.uuid('id', (v) => v.id),
    c.uuid('measure_id', (v) => v.measureId),
    c.typed('period_start', 'date[]', (v) => v.periodStart),
    c.typed('period_end', 'date[]', (v) => v.periodEnd),
    c.typed('value', 'numeric[]', (v) => v.value),
    c.typed('quality', 'text[]', (v) => v.quality, 'value_quality'),
    c.uuid('author_id', (v) => v.authorId),
    c.typed('submitted_at', 'timestamptz[]', (v) => v.submittedAt),
  ]);
}

async function insertRisks(
  manager: EntityManager,
  { risks, reviews, mitigations }: LargeRisks,
  areaIds: Map<number, string>,
): Promise<void> {
  await bulkInsert(manager, 'risk', risks, (c) => [
    c.uuid('id', (r) => r.id),
    c.text('reference', (r) => r.reference),
    c.typed('kind', 'text[]', (r) => r.kind, 'risk_kind'),
    ...c.bilingual('title', (r) => r.title),
    ...c.bilingual('description', (r) => r.description),
    ...c.bilingual('controls', (r) => r.controls),
    ...c.bilingual('impact', (r) => r.impact),
    c.typed('category', 'text[]', (r) => r.category, 'risk_category'),
    c.uuid('owner_id', (r) => r.ownerId),
    c.typed('inherent_likelihood', 'int[]', (r) => r.inherent[0], 'smallint'),
    c.typed('inherent_consequence', 'int[]', (r) => r.inherent[1], 'smallint'),
    c.typed('current_likelihood', 'int[]', (r) => r.current[0], 'smallint'),
    c.typed('current_consequence', 'int[]', (r) => r.current[1], 'smallint'),
    c.typed('target_likelihood', 'int[]', (r) => r.target?.[0] ?? null, 'smallint'),
    c.typed('target_consequence', 'int[]', (r) => r.target?.[1] ?? null, 'smallint'),
    c.typed('target_date', 'date[]', (r) => r.target?.[2] ?? null),
    c.typed('review_every_months', 'int[]', (r) => r.reviewEveryMonths, 'smallint'),
    c.typed('next_review_due', 'date[]', (r) => r.nextReviewDue),
    c.typed('escalated_on', 'date[]', (r) => r.escalatedOn),
    c.uuid('escalated_by_id', (r) => r.escalatedById),
    ...c.bilingual('escalation_reason', (r) => r.escalationReason),
    c.typed('closed_on', 'date[]', (r) => r.closedOn),
    ...c.bilingual('closed_reason', (r) => r.closedReason),
    ...c.bilingual('resolution', (r) => r.resolution),
    c.typed('created_at', 'timestamptz[]', (r) => r.createdAt),
    c.typed('updated_at', 'timestamptz[]', (r) => r.createdAt),
    c.typed('version', 'int[]', (r) => r.version),
  ]);
  const areaLinks = risks.flatMap((r) =>
    r.areaNumbers.map((n) => ({ riskId: r.id, areaId: areaIds.get(n) as string })),
  );
  await bulkInsert(manager, 'risk_area', areaLinks, (c) => [
    c.uuid('risk_id', (l) => l.riskId),
    c.uuid('area_id', (l) => l.areaId),
  ]);
  const actionLinks = risks.flatMap((r) => [
    ...r.threatenedActionIds.map((actionId) => ({ riskId: r.id, actionId, role: 'THREATENS' })),
    ...r.mitigatingActionIds.map((actionId) => ({ riskId: r.id, actionId, role: 'MITIGATES' })),
  ]);
  await bulkInsert(manager, 'risk_action', actionLinks, (c) => [
    c.uuid('risk_id', (l) => l.riskId),
    c.uuid('action_id', (l) => l.actionId),
    c.typed('role', 'text[]', (l) => l.role, 'risk_action_role'),
  ]);
  await bulkInsert(manager, 'risk_mitigation', mitigations, (c) => [
    c.uuid('id', (m) => m.id),
    c.uuid('risk_id', (m) => m.riskId),
    ...c.bilingual('description', (m) => m.description),
    c.uuid('owner_id', (m) => m.ownerId),
    c.typed('due_date', 'date[]', (m) => m.dueDate),
    c.typed('completed_on', 'date[]', (m) => m.completedOn),
  ]);
  await bulkInsert(manager, 'risk_review', reviews, (c) => [
    c.uuid('id', (r) => r.id),
    c.uuid('risk_id', (r) => r.riskId),
    c.typed('likelihood', 'int[]', (r) => r.likelihood, 'smallint'),
    c.typed('consequence', 'int[]', (r) => r.consequence, 'smallint'),
    ...c.bilingual('commentary', (r) => r.commentary),
    c.uuid('reviewer_id', (r) => r.reviewerId),
    c.typed('reviewed_on', 'date[]', (r) => r.reviewedOn),
    c.typed('reviewed_at', 'timestamptz[]', (r) => r.reviewedAt),
  ]);
}

/** Tables that must be empty before the large data set is loaded. */
const MUST_BE_EMPTY = [
  'strategy',
  'organisation',
  'person',
  'annual_plan',
  'action',
  'app_user',
  'risk',
  'forum',
];

export interface LargeDataSummary {
  options: LargeDataOptions;
  rows: Record<string, number>;
  seconds: { build: number; insert: number; analyse: number };
}

/**
 * Migrates the database, refuses it unless empty, then loads the large data set in one
 * transaction and refreshes the planner's statistics.
 */
export async function generateLargeData(
  dataSource: DataSource,
  partial: Partial<LargeDataOptions> = {},
  log: (message: string) => void = () => undefined,
): Promise<LargeDataSummary> {
  const options: LargeDataOptions = { ...LARGE_DATA_DEFAULTS, today: todayInWales(), ...partial };
  await dataSource.runMigrations();
  for (const table of MUST_BE_EMPTY) {
    const [{ found }] = await dataSource.query(`SELECT EXISTS (SELECT 1 FROM "${table}") AS found`);
    if (found)
      throw new Error(
        `The database is not empty (table ${table} has rows): the large data set loads only into an empty one`,
      );
  }
  const started = performance.now();
  log(`Building the data set (seed ${options.seed}, as at ${options.today})…`);
  const data = buildLargeData(options);
  const built = performance.now();
  log(
    `Inserting ${data.statusUpdates.length} status updates and ${data.audit.length} audit entries…`,
  );
  await dataSource.transaction((manager) => insertLargeData(manager, data));
  log('Issuing and publishing the latest quarters’ oversight board reports…');
  const published = await publishLargeData(dataSource, options.today);
  const inserted = performance.now();
  await dataSource.query('ANALYZE');
  const analysed = performance.now();
  const rows: Record<string, number> = {
    organisation: data.organisations.length,
    person: data.people.length,
    app_user: data.accounts.length,
    annual_plan: data.plans.length,
    reporting_period: data.periods.length,
    action: data.actions.length,
    action_owner: data.actions.reduce((sum, a) => sum + a.ownerIds.length, 0),
    action_delegate: data.actions.reduce((sum, a) => sum + a.delegateIds.length, 0),
    milestone: data.milestones.length,
    status_update: data.statusUpdates.length,
    audit_entry: data.audit.length,
    measure: data.measures.measures.length,
    measure_value: data.measures.values.length,
    risk: data.risks.risks.length,
    risk_review: data.risks.reviews.length,
    risk_mitigation: data.risks.mitigations.length,
    forum: data.meetings.forums.length,
    meeting: data.meetings.meetings.length,
    attendance: data.meetings.attendance.length,
    review_entry: data.meetings.decisions.length,
    follow_up: data.meetings.commitments.length,
    engagement_record: data.partnership.engagements.length,
    engagement_partner: data.partnership.engagements.reduce(
      (sum, e) => sum + e.partnerIds.length,
      0,
    ),
    partnership_assessment: data.partnership.assessments.length,
    partnership_score: data.partnership.assessments.reduce((sum, a) => sum + a.scores.length, 0),
    publication: published,
  };
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  return {
    options,
    rows,
    seconds: {
      build: seconds(built - started),
      insert: seconds(inserted - built),
      analyse: seconds(analysed - inserted),
    },
  };
}
