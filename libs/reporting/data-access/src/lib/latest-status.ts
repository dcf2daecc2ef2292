/**
 * Which update is an action's status: the one for the latest reporting period, and within a
 * period the last submitted (a correction). A late update for an earlier quarter does not
 * replace a newer quarter's. SQL over `status_update s JOIN reporting_period rp`.
 */
export const LATEST_STATUS_ORDER = 'rp.start_date DESC, s.submitted_at DESC, s.id DESC';
