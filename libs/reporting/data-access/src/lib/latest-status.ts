/**
 * Which update is an action's status: the one for the latest reporting period, and within a
 * period the last submitted (a correction). A late update for an earlier quarter does not
 * replace a newer quarter's.
 *
 * `action_period_status` (a trigger keeps it; see ActionPeriodStatus) already holds each
 * action's latest update per period, so "in a period" is one row and "current" is the row of the
 * latest period: no query sorts an action's history.
 */

/**
 * SQL subquery: the `action_period_status` row (`columns` of alias `c`) that is the status of
 * the action `actionColumn`, or its status before `beforeDate` (a SQL expression) when given.
 */
export function currentStatusSql(actionColumn: string, columns: string, beforeDate?: string) {
  const before = beforeDate ? ` AND c.period_start_date < ${beforeDate}` : '';
  return `SELECT ${columns} FROM action_period_status c
    WHERE c.action_id = ${actionColumn}${before}
    ORDER BY c.period_start_date DESC LIMIT 1`;
}
