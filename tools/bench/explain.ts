import type { Client } from 'pg';

import type { GraphqlClient } from './api';
import {
  ACTION_DETAILS,
  AREA_ACTIONS,
  PROGRESS_SUMMARY,
  REPORT_CONTENT,
  type BenchContext,
} from './operations';
import type { CapturedStatement, CountingPgProxy } from './pg-proxy';

/** One dashboard or report query whose SQL is reviewed with EXPLAIN (ANALYZE, BUFFERS). */
export interface ReviewedQuery {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  /** Run as the lead account (their notices and follow-ups) instead of the operational group. */
  asLead?: boolean;
}

const PROGRESS = 'expected updated outstanding';

export function reviewedQueries(
  context: BenchContext,
  ownerId: string,
  cursor: string | null,
): ReviewedQuery[] {
  const year = context.financialYear;
  const list = (
    name: string,
    filter: Record<string, unknown>,
    sort?: Record<string, unknown>,
    after?: string | null,
  ) => ({
    name: `actions: ${name}`,
    query: AREA_ACTIONS.replace('first: 100', 'first: 100, after: $after').replace(
      '$sort: ActionSort)',
      '$sort: ActionSort, $after: String)',
    ),
    variables: { filter, sort, after: after ?? null },
  });
  return [
    {
      name: 'currentProgressSummary',
      query: PROGRESS_SUMMARY,
      variables: {},
    },
    list('no filter (all years)', {}),
    list('year + area', { financialYear: year, areaNumber: context.areaNumber }),
    list(
      'year + area, page 2',
      { financialYear: year, areaNumber: context.areaNumber },
      undefined,
      cursor,
    ),
    list('plan id', { planId: context.planId }),
    list('lead organisation', { financialYear: year, leadOrganisation: 'JOINT' }),
    list('owner', { ownerId }),
    list('responsible person', { financialYear: year, responsiblePersonId: ownerId }),
    list('rag red/amber', { financialYear: year, rag: ['RED', 'AMBER'] }),
    list('theme', { financialYear: year, theme: 'STAFF_RETENTION' }),
    list('overdue', { financialYear: year, overdue: true }),
    list('sort due date desc', { financialYear: year }, { field: 'DUE_DATE', direction: 'DESC' }),
    list('sort rag', { financialYear: year }, { field: 'RAG', direction: 'ASC' }),
    list(
      'sort last updated',
      { financialYear: year },
      { field: 'LAST_UPDATED', direction: 'DESC' },
    ),
    { name: 'action with history', query: ACTION_DETAILS, variables: { id: context.actionId } },
    {
      name: 'updateRound',
      query: `query ($id: ID!) { updateRound(reportingPeriodId: $id) {
        overall { ${PROGRESS} } areas { area { number } progress { ${PROGRESS} } }
        organisations { organisation { code } progress { ${PROGRESS} } }
        people { person { name } progress { ${PROGRESS} } }
        outstandingActions { id reference } } }`,
      variables: { id: context.periodId },
    },
    { name: 'report content (draft)', query: REPORT_CONTENT, variables: { id: context.reportId } },
    {
      name: 'auditTrail (action)',
      query: `query ($id: ID!) { auditTrail(entityType: "Action", entityId: $id) { id action actorEmail occurredAt changes { field } } }`,
      variables: { id: context.actionId },
    },
    {
      name: 'myNotifications',
      query: `{ myNotifications(first: 20) { unreadCount notifications { id } } }`,
      variables: {},
      asLead: true,
    },
    {
      name: 'followUps',
      query: `{ followUps { id dueDate isOverdue owner { name } decision { id } } }`,
      variables: {},
    },
  ];
}

export interface ExplainedStatement {
  sql: string;
  milliseconds: number;
  sharedHit: number;
  sharedRead: number;
  /** Sequential scans of tables with more than 10,000 rows. */
  bigSeqScans: string[];
  rows: number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Plan Rows'?: number;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode, big: Set<string>, found: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && big.has(node['Relation Name'])) {
    found.push(node['Relation Name']);
  }
  for (const child of node.Plans ?? []) seqScans(child, big, found);
  return found;
}

const SKIP = /^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SET|SELECT 1$)/i;

/** Runs EXPLAIN (ANALYZE, BUFFERS) on each read statement a GraphQL request sent. */
export async function explainStatements(
  client: Client,
  statements: CapturedStatement[],
): Promise<ExplainedStatement[]> {
  const { rows: tables } = await client.query<{ relname: string }>(
    `SELECT relname FROM pg_class WHERE relkind = 'r' AND reltuples > 10000`,
  );
  const big = new Set(tables.map((row) => row.relname));
  const results: ExplainedStatement[] = [];
  for (const statement of statements) {
    if (
      SKIP.test(statement.sql.trim()) ||
      !/^\s*(SELECT|WITH)/i.test(statement.sql) ||
      / FOR (SHARE|UPDATE)/.test(statement.sql)
    )
      continue;
    const { rows } = await client.query<{
      'QUERY PLAN': [{ Plan: PlanNode & Record<string, number>; 'Execution Time': number }];
    }>(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${statement.sql}`, statement.params);
    const [plan] = rows[0]['QUERY PLAN'];
    results.push({
      sql: statement.sql.replace(/\s+/g, ' ').trim(),
      milliseconds: plan['Execution Time'],
      sharedHit: plan.Plan['Shared Hit Blocks'] ?? 0,
      sharedRead: plan.Plan['Shared Read Blocks'] ?? 0,
      bigSeqScans: seqScans(plan.Plan, big),
      rows: plan.Plan['Actual Rows'] ?? 0,
    });
  }
  return results;
}

/** Captures each reviewed query's SQL through the proxy and explains it. */
export async function reviewQueries(
  proxy: CountingPgProxy,
  office: GraphqlClient,
  lead: GraphqlClient,
  client: Client,
  queries: ReviewedQuery[],
): Promise<{ name: string; statements: ExplainedStatement[] }[]> {
  const reviewed = [];
  for (const query of queries) {
    const account = query.asLead ? lead : office;
    const { captured } = await proxy.measure(
      () => account.request(query.query, query.variables),
      true,
    );
    reviewed.push({ name: query.name, statements: await explainStatements(client, captured) });
  }
  return reviewed;
}
