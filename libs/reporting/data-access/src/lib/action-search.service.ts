import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { Action, ACTION_REFERENCE_ORDER } from '@cynnydd/plans/data-access';
import {
  badUserInput,
  Clock,
  decodeCursor,
  encodeCursor,
  EntityRows,
  isInvalidValue,
  preparedStatement,
  type Connection,
  type RequestLoaders,
} from '@cynnydd/server/core';
import { parseFinancialYear, RAG_STATUS_ORDER } from '@cynnydd/shared/domain';

import {
  ActionSortField,
  SortDirection,
  type ActionFilter,
  type ActionListArgs,
} from './dto/action-list.args';
import { currentStatusSql } from './latest-status';

interface OrderKey {
  expression: string;
  /** SQL type a cursor's text value is cast back to. */
  type: string;
}

const ID_KEY: OrderKey = { expression: 'a.id', type: 'uuid' };

const SORT_KEYS: Record<ActionSortField, OrderKey> = {
  [ActionSortField.REFERENCE]: {
    expression: ACTION_REFERENCE_ORDER,
    type: 'int[]',
  },
  [ActionSortField.DUE_DATE]: { expression: 'a.due_date', type: 'date' },
  [ActionSortField.RAG]: {
    // Most in need of attention first; actions never updated last.
    expression: `COALESCE(array_position(ARRAY[${RAG_STATUS_ORDER.map((rag) => `'${rag}'`).join(',')}], cs.rag::text), ${RAG_STATUS_ORDER.length + 1})`,
    type: 'int',
  },
  [ActionSortField.LAST_UPDATED]: {
    expression: `COALESCE(cs.submitted_at, '-infinity'::timestamptz)`,
    type: 'timestamptz',
  },
};

/** Each action's status, as `cs` (see currentStatusSql). */
const CURRENT_STATUS_JOIN = `
  LEFT JOIN LATERAL (${currentStatusSql('a.id', 'c.rag, c.submitted_at')}) cs ON true`;

/**
 * The rule for "overdue", the one statement of it: not complete (`cs`, the current status), and
 * past its due date or an open milestone's, on `today` (a date parameter). The list's filter
 * and every action's `isOverdue` use it, so the two cannot disagree. `OFFSET 0` keeps the
 * milestone check a probe of `milestone_open_due` per action: without it PostgreSQL may hash
 * every open milestone of every year instead.
 */
const overdueSql = (today: string) =>
  `(cs.rag IS DISTINCT FROM 'COMPLETE' AND (a.due_date < ${today}::date OR EXISTS (
    SELECT 1 FROM milestone m WHERE m.action_id = a.id AND m.completed_on IS NULL
      AND m.due_date < ${today}::date OFFSET 0)))`;

/** Builds positional parameters as conditions are added. */
class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The filtered, sorted action list. Keyset pagination on (sort key, id) keeps every page one
 * indexed query however deep the client pages; statuses come from each action's latest update.
 */
@Injectable()
export class ActionSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async search(args: ActionListArgs): Promise<Connection<Action>> {
    const sortField = args.sort?.field ?? ActionSortField.REFERENCE;
    const descending = args.sort?.direction === SortDirection.DESC;
    const key = SORT_KEYS[sortField];
    const params = new SqlParams();
    const filter = args.filter ?? {};
    const conditions = this.conditions(filter, params);
    // Working out each action's status is the costly part: join it only when asked about.
    const statusFiltered = Boolean(filter.rag?.length) || (filter.overdue ?? null) !== null;
    const statusSorted =
      sortField === ActionSortField.RAG || sortField === ActionSortField.LAST_UPDATED;
    const from = (withStatus: boolean) => `
      FROM action a
      JOIN annual_plan p ON p.id = a.plan_id
      JOIN strategic_area ar ON ar.id = a.area_id
      ${withStatus ? CURRENT_STATUS_JOIN : ''}`;
    const where = (extra: string[]) =>
      conditions.length + extra.length ? `WHERE ${[...conditions, ...extra].join(' AND ')}` : '';

    // Ties are broken by reference, then id, so the order is stable and every row has a place.
    const orderKeys = [key, ...(key === SORT_KEYS.REFERENCE ? [] : [SORT_KEYS.REFERENCE]), ID_KEY];
    const columns = orderKeys.map((k) => k.expression).join(', ');
    const ordering = `${sortField}:${descending ? 'DESC' : 'ASC'}`;
    const countParams = [...params.values];
    const page: string[] = [];
    if (args.after) {
      const position = decodeCursor(args.after, ordering, orderKeys.length);
      const values = orderKeys.map((k, i) => `${params.add(position[i])}::${k.type}`).join(', ');
      page.push(`(${columns}) ${descending ? '<' : '>'} (${values})`);
    }
    const direction = descending ? 'DESC' : 'ASC';
    const actions = EntityRows.of(this.dataSource.getRepository(Action));
    const [rows, [{ count }]] = await Promise.all([
      this.query<Record<string, unknown> & { position: (string | null)[] }>(
        `SELECT ${actions.columns('a')}, ARRAY[${orderKeys.map((k) => `(${k.expression})::text`).join(', ')}] AS position
         ${from(statusFiltered || statusSorted)} ${where(page)}
         ORDER BY ${orderKeys.map((k) => `${k.expression} ${direction}`).join(', ')}
         LIMIT ${params.add(args.first + 1)}`,
        params.values,
      ).catch((error: unknown) => {
        // A cursor whose values do not fit the sort columns' types.
        if (isInvalidValue(error))
          throw badUserInput('after', 'is not a cursor returned by this list');
        throw error;
      }),
      this.query<{ count: string }>(
        `SELECT COUNT(*) AS count ${from(statusFiltered)} ${where([])}`,
        countParams,
      ),
    ]);

    const edges = rows.slice(0, args.first).map((row) => ({
      cursor: encodeCursor({ ordering, values: row.position }),
      node: actions.fromRow(row),
    }));
    return {
      edges,
      totalCount: Number(count),
      pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  private conditions(filter: ActionFilter, params: SqlParams): string[] {
    const conditions: string[] = [];
    if (filter.areaId) conditions.push(`a.area_id = ${params.add(filter.areaId)}`);
    if (filter.areaNumber) conditions.push(`ar.number = ${params.add(filter.areaNumber)}`);
    if (filter.planId) conditions.push(`a.plan_id = ${params.add(filter.planId)}`);
    if (filter.financialYear) {
      const year = parseFinancialYear(filter.financialYear);
      if (year === null) throw badUserInput('filter.financialYear', 'is not a financial year');
      conditions.push(`p.financial_year = ${params.add(year)}`);
    }
    if (filter.leadOrganisation) {
      conditions.push(`a.lead_organisation = ${params.add(filter.leadOrganisation)}`);
    }
    if (filter.ownerId) {
      conditions.push(
        `EXISTS (SELECT 1 FROM action_owner o WHERE o.action_id = a.id AND o.person_id = ${params.add(filter.ownerId)})`,
      );
    }
    if (filter.responsiblePersonId) {
      const person = params.add(filter.responsiblePersonId);
      conditions.push(
        `(EXISTS (SELECT 1 FROM action_owner o WHERE o.action_id = a.id AND o.person_id = ${person})
          OR EXISTS (SELECT 1 FROM action_delegate d WHERE d.action_id = a.id AND d.person_id = ${person}))`,
      );
    }
    if (filter.rag?.length)
      conditions.push(`cs.rag::text = ANY(${params.add(filter.rag)}::text[])`);
    if (filter.theme) conditions.push(`${params.add(filter.theme)} = ANY(a.themes::text[])`);
    if (filter.wellBeingGoals?.length) {
      conditions.push(`a.well_being_goals::text[] && ${params.add(filter.wellBeingGoals)}::text[]`);
    }
    if (filter.overdue !== undefined && filter.overdue !== null) {
      const overdue = overdueSql(params.add(this.clock.today()));
      conditions.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    return conditions;
  }

  /** Whether each action is overdue today (see overdueSql). */
  overdueLoader(loaders: RequestLoaders) {
    return loaders.get<string, boolean>('reporting.overdueByActionId', async (ids) => {
      const rows = await this.query<{ id: string; overdue: boolean }>(
        preparedStatement(
          `SELECT a.id, ${overdueSql('$2')} AS overdue FROM action a ${CURRENT_STATUS_JOIN}
           WHERE a.id = ANY($1)`,
        ),
        [ids, this.clock.today()],
      );
      const overdue = new Set(rows.filter((row) => row.overdue).map((row) => row.id));
      return ids.map((id) => overdue.has(id));
    });
  }

  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, params);
  }
}
