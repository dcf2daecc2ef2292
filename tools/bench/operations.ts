import type { Client } from 'pg';

/**
 * The operations the benchmark measures: each is the dashboard's own GraphQL query (as in
 * apps/dashboard/src/features/*\/graphql) and one hand-written SQL statement fetching the same
 * data, the floor the API is compared with.
 */
export interface BenchContext {
  periodId: string;
  previousPeriodId: string;
  planId: string;
  financialYear: string;
  areaNumber: number;
  /** The current plan's action with the longest status history. */
  actionId: string;
  /** Every action of the current plan, for spreading status updates. */
  actionIds: string[];
  /** The person the operational-group account is linked to (author of the updates). */
  authorId: string;
  reportId: string | null;
  /** The operational group's latest held meeting. */
  meetingId: string;
}

export interface Operation {
  name: string;
  /** The GraphQL document of the `request`th request. */
  query(request: number): string;
  variables(context: BenchContext, request: number): Record<string, unknown>;
  floor(client: Client, context: BenchContext, request: number): Promise<unknown>;
  /** Writes change the data, so they are left out of repeated statement counts' warm-up. */
  write?: boolean;
}

const RAG_COUNTS = `red amber green notStarted complete noUpdate total`;
const MOVEMENT_COUNTS = `improved worsened unchanged newlyRed newlyComplete notCompared`;

/** The overview's summary as the dashboard asks for it: the latest started period's. */
export const PROGRESS_SUMMARY = `query CurrentProgressSummary {
  currentProgressSummary {
    asOf reportingPeriod { id state closedAt } plan { id financialYear }
    overall { ${RAG_COUNTS} }
    areas { area { id number title { en cy } } counts { ${RAG_COUNTS} } movement { ${MOVEMENT_COUNTS} } }
    movement { previousPeriod { id label } counts { ${MOVEMENT_COUNTS} }
      changes { action { id reference title { en cy } } previous current direction } }
    overdueMilestones { id dueDate title { en cy } action { id reference } }
    actionsWithoutUpdate { id reference title { en cy } }
  }
}`;

export const AREA_ACTIONS = `query AreaActions($filter: ActionFilter!, $sort: ActionSort) {
  actions(filter: $filter, sort: $sort, first: 100) {
    totalCount
    edges { node { id reference title { en cy } leadOrganisation owners { id name }
      currentStatus { id rag } dueDate isOverdue } }
  }
}`;

export const ACTION_DETAILS = `query ActionDetails($id: ID!) {
  action(id: $id) {
    id reference title { en cy } description { en cy } area { id number title { en cy } }
    leadOrganisation startDate dueDate isOverdue themes
    owners { id name } delegates { id name }
    milestones { id title { en cy } dueDate completedOn }
    statusHistory { id rag percentComplete commentary { en cy } author { id name } submittedAt
      reportingPeriod { id label startDate } }
  }
}`;

export const SUBMIT_STATUS_UPDATE = `mutation SubmitStatusUpdate($input: SubmitStatusUpdateInput!) {
  submitStatusUpdate(input: $input) { id rag percentComplete }
}`;

const REPORT_LINE = `actionId reference title { en cy } areaNumber leadOrganisation owners themes dueDate
  rag percentComplete commentary { en cy } risks { en cy } nextSteps { en cy }`;
const REPORT_MILESTONE = `actionReference actionTitle { en cy } title { en cy } dueDate completedOn`;
const REPORT_MEASURE = `measureId reference name { en cy } unit direction frequency areaNumbers
  latest { periodLabel { en cy } periodEnd value target quality revised rag ragExplanation { en cy }
    commentary { en cy } notAvailableReason { en cy } }
  trend { sincePrevious sinceBaseline } recent { periodLabel { en cy } value target }`;
const REPORT_MOVE = `actionId reference title { en cy } previous current`;
const REPORT_RISK = `riskId reference kind title { en cy } category owner
  current { likelihood consequence score band } target { score band } appetite aboveAppetite
  escalatedOn closedOn recordedOn previous { score } trend`;

export const REPORT_CONTENT = `query ReportContent($id: ID!) {
  report(id: $id) {
    id
    content {
      audience asOf planTitle { en cy } executiveSummary { en cy }
      period { label financialYear quarter startDate endDate }
      overall { ${RAG_COUNTS} }
      areas { number title { en cy } counts { ${RAG_COUNTS} } }
      themes { theme counts { ${RAG_COUNTS} } }
      movement { sinceReportId sincePeriod improved { ${REPORT_MOVE} } worsened { ${REPORT_MOVE} }
        completed { ${REPORT_MOVE} } newlyRed { ${REPORT_MOVE} } }
      exceptions { ${REPORT_LINE} } completed { ${REPORT_LINE} } actions { ${REPORT_LINE} }
      milestonesMissed { ${REPORT_MILESTONE} } milestonesDueNext { ${REPORT_MILESTONE} }
      measures { endedBy counts { red amber green contextual noFigure total }
        measures { ${REPORT_MEASURE} } offTarget { ${REPORT_MEASURE} } }
      risks { asAt since sinceReportId sincePeriod bands { band count }
        heatMap { likelihood consequence count } risks { ${REPORT_RISK} }
        aboveAppetite { ${REPORT_RISK} } opened { ${REPORT_RISK} } closed { ${REPORT_RISK} }
        worsened { ${REPORT_RISK} } improved { ${REPORT_RISK} } }
    }
  }
}`;

/**
 * The floors read statuses as the API does, from `action_period_status` (each action's latest
 * update per period, kept by a trigger): the fastest hand-written SQL for the same data.
 */

const FLOOR_SUMMARY = `
WITH st AS (
  SELECT a.id, a.reference, a.title_en, a.title_cy, a.area_id, a.themes, su.rag,
    COALESCE(prev.rag, carried.rag) AS previous
  FROM action a
  LEFT JOIN action_period_status su ON su.action_id = a.id AND su.reporting_period_id = $2
  LEFT JOIN action_period_status prev ON prev.action_id = a.id AND prev.reporting_period_id = $3
  LEFT JOIN action_period_status carried
    ON carried.action_id = a.carried_forward_from_id AND carried.reporting_period_id = $3
  WHERE a.plan_id = $1)
SELECT
  (SELECT json_agg(x) FROM (
     SELECT ar.number, ar.title_en, ar.title_cy, count(st.id) AS total,
       count(*) FILTER (WHERE st.rag = 'RED') AS red, count(*) FILTER (WHERE st.rag = 'AMBER') AS amber,
       count(*) FILTER (WHERE st.rag = 'GREEN') AS green, count(*) FILTER (WHERE st.rag = 'COMPLETE') AS complete,
       count(*) FILTER (WHERE st.rag = 'NOT_STARTED') AS not_started,
       count(st.id) FILTER (WHERE st.rag IS NULL) AS no_update,
       count(*) FILTER (WHERE st.rag IS DISTINCT FROM st.previous AND st.rag IS NOT NULL AND st.previous IS NOT NULL) AS moved
     FROM strategic_area ar LEFT JOIN st ON st.area_id = ar.id GROUP BY ar.id ORDER BY ar.number) x) AS areas,
  (SELECT json_agg(x) FROM (SELECT id, reference, title_en, title_cy, rag, previous FROM st
     WHERE rag IS NULL OR (previous IS NOT NULL AND rag <> previous) ORDER BY reference) x) AS listed,
  (SELECT json_agg(x) FROM (SELECT m.id, m.due_date, m.title_en, m.title_cy, a.id AS action_id, a.reference
     FROM milestone m JOIN action a ON a.id = m.action_id
     WHERE a.plan_id = $1 AND m.due_date < $4 AND (m.completed_on IS NULL OR m.completed_on > $4)
     ORDER BY m.due_date, m.id) x) AS overdue`;

const FLOOR_AREA_ACTIONS = `
SELECT a.id, a.reference, a.title_en, a.title_cy, a.lead_organisation, a.due_date, cs.id AS status_id, cs.rag,
  (SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY o.position)
   FROM action_owner o JOIN person p ON p.id = o.person_id WHERE o.action_id = a.id) AS owners,
  (cs.rag IS DISTINCT FROM 'COMPLETE' AND (a.due_date < CURRENT_DATE OR EXISTS (
     SELECT 1 FROM milestone m WHERE m.action_id = a.id AND m.completed_on IS NULL AND m.due_date < CURRENT_DATE))) AS overdue,
  count(*) OVER () AS total
FROM action a JOIN annual_plan pl ON pl.id = a.plan_id JOIN strategic_area ar ON ar.id = a.area_id
LEFT JOIN LATERAL (
  SELECT c.status_update_id AS id, c.rag FROM action_period_status c
  WHERE c.action_id = a.id ORDER BY c.period_start_date DESC LIMIT 1) cs ON true
WHERE pl.financial_year = $1 AND ar.number = $2
ORDER BY string_to_array(a.reference, '.')::int[], a.id LIMIT 100`;

const FLOOR_ACTION = `
SELECT a.*, ar.number AS area_number, ar.title_en AS area_title_en, ar.title_cy AS area_title_cy,
  (SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY o.position)
   FROM action_owner o JOIN person p ON p.id = o.person_id WHERE o.action_id = a.id) AS owners,
  (SELECT json_agg(json_build_object('id', p.id, 'name', p.name))
   FROM action_delegate d JOIN person p ON p.id = d.person_id WHERE d.action_id = a.id) AS delegates,
  (SELECT json_agg(m ORDER BY m.due_date, m.id) FROM milestone m WHERE m.action_id = a.id) AS milestones,
  (SELECT json_agg(json_build_object('id', s.id, 'rag', s.rag, 'percent', s.percent_complete,
     'en', s.commentary_en, 'cy', s.commentary_cy, 'author', p.name, 'at', s.submitted_at,
     'period', rp.id, 'start', rp.start_date) ORDER BY s.submitted_at DESC, s.id DESC)
   FROM status_update s JOIN person p ON p.id = s.author_id
   JOIN reporting_period rp ON rp.id = s.reporting_period_id WHERE s.action_id = a.id) AS history
FROM action a JOIN strategic_area ar ON ar.id = a.area_id WHERE a.id = $1`;

/**
 * The same work as the mutation in one statement: lock the period, plan and action, check the
 * period is open and started and the plan approved and of the same year, insert the update and
 * its audit entry with every field (the API's entry lists each field's value).
 */
const FLOOR_SUBMIT = `
WITH context AS (
  SELECT a.id FROM reporting_period rp CROSS JOIN action a JOIN annual_plan p ON p.id = a.plan_id
  WHERE a.id = $1 AND rp.id = $2 AND rp.closed_at IS NULL AND rp.start_date <= CURRENT_DATE
    AND p.state = 'APPROVED' AND p.financial_year = rp.financial_year
  FOR SHARE OF rp, p FOR UPDATE OF a),
s AS (
  INSERT INTO status_update (action_id, reporting_period_id, rag, percent_complete, commentary_en, commentary_cy, author_id)
  SELECT id, $2, 'AMBER', 60, 'Benchmark floor update', 'Diweddariad llawr meincnodi', $3 FROM context
  RETURNING *)
INSERT INTO audit_entry (action, entity_type, entity_id, changes)
SELECT 'CREATE', 'StatusUpdate', s.id,
  (SELECT jsonb_agg(jsonb_build_object('field', key, 'after', value)) FROM jsonb_each(to_jsonb(s)))
FROM s`;

const FLOOR_REPORT = `
SELECT
  (SELECT json_agg(x ORDER BY string_to_array(x.reference, '.')::int[]) FROM (
    SELECT a.id, a.reference, a.title_en, a.title_cy, a.lead_organisation, a.themes, a.due_date,
      area.number AS area_number,
      (SELECT array_agg(p.name ORDER BY o.position) FROM action_owner o JOIN person p ON p.id = o.person_id
       WHERE o.action_id = a.id) AS owners,
      su.rag, su.percent_complete, su.commentary_en, su.commentary_cy, su.risks_en, su.risks_cy,
      su.next_steps_en, su.next_steps_cy
    FROM action a JOIN strategic_area area ON area.id = a.area_id
    LEFT JOIN action_period_status ps ON ps.action_id = a.id AND ps.reporting_period_id = $2
    LEFT JOIN status_update su ON su.id = ps.status_update_id
    WHERE a.plan_id = $1) x) AS actions,
  (SELECT json_agg(x) FROM (
    SELECT a.reference, a.title_en AS action_title_en, a.title_cy AS action_title_cy, m.title_en,
      m.title_cy, m.due_date, m.completed_on
    FROM milestone m JOIN action a ON a.id = m.action_id WHERE a.plan_id = $1
    ORDER BY m.due_date, a.reference, m.id) x) AS milestones,
  (SELECT json_agg(x) FROM (SELECT action_id, rag FROM action_period_status
     WHERE reporting_period_id = $3) x) AS baseline,
  (SELECT json_agg(x) FROM (
    SELECT m.id, m.reference, m.name_en, m.name_cy, m.unit, m.direction, m.frequency,
      m.amber_tolerance, m.red_tolerance, m.baseline_value,
      (SELECT array_agg(sa.number ORDER BY sa.number) FROM measure_area ma
         JOIN strategic_area sa ON sa.id = ma.area_id WHERE ma.measure_id = m.id) AS areas,
      (SELECT json_agg(t) FROM measure_target t WHERE t.measure_id = m.id) AS targets,
      (SELECT json_agg(f) FROM (
         SELECT DISTINCT ON (v.period_start) v.period_start, v.value, v.quality, v.commentary_en,
           v.commentary_cy
         FROM measure_value v, reporting_period rp
         WHERE v.measure_id = m.id AND rp.id = $2 AND v.period_end <= rp.end_date
         ORDER BY v.period_start DESC, v.submitted_at DESC, v.id DESC LIMIT 8) f) AS recent
    FROM measure m) x) AS measures,
  (SELECT json_agg(x) FROM (
    SELECT t.id, t.reference, t.kind, t.title_en, t.title_cy, t.category, p.name,
      t.target_likelihood, t.target_consequence, ap.appetite, t.escalated_on, t.closed_on,
      (SELECT min(r.reviewed_on) FROM risk_review r WHERE r.risk_id = t.id) AS recorded_on,
      (SELECT ARRAY[r.likelihood, r.consequence] FROM risk_review r
       WHERE r.risk_id = t.id AND r.reviewed_on <= rp.end_date
       ORDER BY r.reviewed_on DESC, r.reviewed_at DESC, r.id DESC LIMIT 1) AS score,
      (SELECT ARRAY[r.likelihood, r.consequence] FROM risk_review r
       WHERE r.risk_id = t.id AND r.reviewed_on < rp.start_date
       ORDER BY r.reviewed_on DESC, r.reviewed_at DESC, r.id DESC LIMIT 1) AS earlier
    FROM risk t JOIN person p ON p.id = t.owner_id
    JOIN reporting_period rp ON rp.id = $2
    LEFT JOIN risk_appetite ap ON ap.category = t.category) x) AS risks`;

/** The measures page (features/measures): every measure with its latest figure and sparkline. */
export const MEASURES_LIST = `query Measures($areaId: ID) {
  measures(areaId: $areaId) {
    id reference name { en cy } unit direction frequency contextual areas { id number }
    latest { id periodStart periodLabel { en cy } value quality revised target rag
      ragExplanation { en cy } }
    trend { sincePrevious sinceBaseline }
    recentFigures { periodStart value }
  }
}`;

export const MEASURES_SUMMARY = `query MeasuresSummary {
  measuresSummary {
    counts { red amber green contextual noFigure total }
    worsened { id reference name { en cy } }
  }
}`;

/** The overview's two queries in one request, to see what the measures panel adds. */
const OVERVIEW_WITH_MEASURES = PROGRESS_SUMMARY.replace(
  'query CurrentProgressSummary {',
  `query OverviewWithMeasures {
  measuresSummary { counts { red amber green contextual noFigure total } worsened { id reference name { en cy } } }`,
);

/** Each measure's current figures of its latest `$1` periods (DISTINCT ON, newest first). */
const recentFigures = (limit: number) => `(SELECT json_agg(f) FROM (
    SELECT DISTINCT ON (v.period_start) v.period_start, v.value, v.quality
    FROM measure_value v WHERE v.measure_id = m.id
    ORDER BY v.period_start DESC, v.submitted_at DESC, v.id DESC LIMIT ${limit}) f)`;

const FLOOR_MEASURES = `
  SELECT m.id, m.reference, m.name_en, m.name_cy, m.unit, m.direction, m.frequency,
    m.amber_tolerance, m.red_tolerance, m.baseline_value,
    (SELECT json_agg(a.number ORDER BY a.number) FROM measure_area ma
       JOIN strategic_area a ON a.id = ma.area_id WHERE ma.measure_id = m.id) AS areas,
    (SELECT json_agg(t ORDER BY t.financial_year) FROM measure_target t
       WHERE t.measure_id = m.id) AS targets,
    ${recentFigures(12)} AS recent
  FROM measure m ORDER BY string_to_array(substr(m.reference, 2), '.')::int[]`;

const FLOOR_MEASURES_SUMMARY = `
  SELECT m.id, m.reference, m.name_en, m.name_cy, m.direction, m.amber_tolerance, m.red_tolerance,
    (SELECT json_agg(t) FROM measure_target t WHERE t.measure_id = m.id) AS targets,
    ${recentFigures(2)} AS recent
  FROM measure m`;

/**
 * The risk register page (features/risks): the first page of open risks, highest current score
 * first, with what each row shows, and the heat map beside it (riskProfile).
 */
export const RISK_REGISTER = `query RiskRegister($first: Int) {
  risks(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      id reference kind state title { en cy } category
      current { likelihood consequence score band } target { score date }
      owner { id name } areas { id number }
      appetite aboveAppetite awaitingEscalation reviewOverdue nextReviewDue
      escalation { on } previous { score }
    } }
  }
}`;

export const RISK_PROFILE = `query RiskProfile {
  riskProfile {
    total aboveAppetite awaitingEscalation escalated reviewOverdue
    cells { likelihood consequence count }
    bands { band count }
  }
}`;

/** The register's first page of open risks (its order), then each one's owner, areas, appetite and previous score. */
const FLOOR_RISK_REGISTER = `
WITH page AS (
  SELECT t.id, t.reference, t.kind, t.title_en, t.title_cy, t.category, t.owner_id,
    t.current_likelihood, t.current_consequence, t.target_likelihood, t.target_consequence,
    t.target_date, t.next_review_due, t.escalated_on, count(*) OVER () AS total
  FROM risk t WHERE t.closed_on IS NULL
  ORDER BY -(t.current_likelihood * t.current_consequence), substr(t.reference, 2)::int, t.id
  LIMIT $1)
SELECT page.*, page.next_review_due < CURRENT_DATE AS overdue, p.name AS owner_name, ap.appetite,
  (SELECT json_agg(json_build_object('id', s.id, 'number', s.number) ORDER BY s.number)
   FROM risk_area ra JOIN strategic_area s ON s.id = ra.area_id WHERE ra.risk_id = page.id) AS areas,
  (SELECT likelihood * consequence FROM risk_review rr WHERE rr.risk_id = page.id
   ORDER BY reviewed_at DESC, id DESC OFFSET 1 LIMIT 1) AS previous
FROM page JOIN person p ON p.id = page.owner_id JOIN risk_appetite ap ON ap.category = page.category
ORDER BY -(page.current_likelihood * page.current_consequence), substr(page.reference, 2)::int, page.id`;

/** Open risks counted per cell of the matrix, with the appetite, escalation and overdue counts. */
const FLOOR_RISK_PROFILE = `
SELECT t.current_likelihood, t.current_consequence, count(*) AS count,
  count(*) FILTER (WHERE t.current_likelihood * t.current_consequence > ap.appetite) AS above,
  count(*) FILTER (WHERE t.current_likelihood * t.current_consequence > ap.appetite
    AND t.escalated_on IS NULL) AS awaiting,
  count(*) FILTER (WHERE t.escalated_on IS NOT NULL) AS escalated,
  count(*) FILTER (WHERE t.next_review_due < CURRENT_DATE) AS overdue
FROM risk t JOIN risk_appetite ap ON ap.category = t.category
WHERE t.closed_on IS NULL
GROUP BY 1, 2`;

/** A meeting's page, as the dashboard asks for it (features/meetings/graphql/meetings.ts). */
export const MEETING_PAGE = `query MeetingDetails($id: ID!) {
  meeting(id: $id) {
    id version title { en cy } startsAt endsAt location onlineLink state noticeSentAt
    minutesApprovedAt minutesApprovedBy { name } minutesVisible canManage canApprove
    canSendApologies
    forum { id kind name { en cy }
      members { id isChair leftOn person { id name } representing { id name { en cy } } } }
    agenda { id version position title { en cy } minutes { en cy } presenter { name }
      report { id audience reportingPeriod { label } }
      actions { id reference title { en cy } } measures { id reference name { en cy } }
      risks { id reference title { en cy } } }
    attendance { id status deputyName member { id } }
    decisions { id kind text { en cy }
      followUps { id title { en cy } owner { name } dueDate completedOn isOverdue } }
    carriedCommitments { id title { en cy } owner { name } dueDate completedOn isOverdue }
  }
}`;

/** The attendance audit and commitments kept over a year, as the dashboard asks for them. */
export const MEETINGS_AUDIT = `query MeetingsAudit($from: String!, $to: String!) {
  attendanceAudit(from: $from, to: $to) {
    forumId forumName { en cy } figures { meetings present represented apologies absent attendanceRate }
    organisations { organisationId organisationName { en cy }
      figures { meetings present represented apologies absent attendanceRate } }
    members { memberId personName
      figures { meetings present represented apologies absent attendanceRate deputies longestMissedRun flagged } }
  }
  commitmentsKept(from: $from, to: $to) { forumId total doneOnTime doneLate open overdue }
}`;

/** The meeting with its forum's seats, agenda and links, attendance, decisions and commitments. */
const FLOOR_MEETING = `
SELECT m.*, f.name_en, f.kind,
  (SELECT json_agg(json_build_object('id', s.id, 'chair', s.is_chair, 'name', p.name, 'org', o.name_en))
   FROM forum_member s JOIN person p ON p.id = s.person_id JOIN organisation o ON o.id = s.representing_id
   WHERE s.forum_id = m.forum_id) AS members,
  (SELECT json_agg(json_build_object('id', a.id, 'title', a.title_en, 'minutes', a.minutes_en,
     'actions', (SELECT json_agg(x.reference) FROM agenda_item_action l JOIN action x ON x.id = l.action_id WHERE l.agenda_item_id = a.id),
     'risks', (SELECT json_agg(x.reference) FROM agenda_item_risk l JOIN risk x ON x.id = l.risk_id WHERE l.agenda_item_id = a.id))
     ORDER BY a.position) FROM agenda_item a WHERE a.meeting_id = m.id) AS agenda,
  (SELECT json_agg(json_build_object('member', t.member_id, 'status', t.status, 'deputy', t.deputy_name))
   FROM attendance t WHERE t.meeting_id = m.id) AS attendance,
  (SELECT json_agg(json_build_object('text', r.text_en, 'followUps',
     (SELECT json_agg(json_build_object('title', u.title_en, 'due', u.due_date, 'done', u.completed_on, 'owner', p.name))
      FROM follow_up u JOIN person p ON p.id = u.owner_id WHERE u.decision_id = r.id)))
   FROM review_entry r WHERE r.meeting_id = m.id) AS decisions,
  (SELECT json_agg(json_build_object('title', u.title_en, 'due', u.due_date, 'owner', p.name))
   FROM follow_up u JOIN review_entry r ON r.id = u.decision_id JOIN meeting e ON e.id = r.meeting_id
   JOIN person p ON p.id = u.owner_id
   WHERE e.forum_id = m.forum_id AND e.starts_at < m.starts_at AND u.completed_on IS NULL) AS carried
FROM meeting m JOIN forum f ON f.id = m.forum_id WHERE m.id = $1`;

/** Every seat at every held meeting of the year, with what was recorded; and the commitments. */
const FLOOR_MEETINGS_AUDIT = `
SELECT f.id, m.id AS meeting, s.id AS seat, s.representing_id, p.name, a.status, a.deputy_name,
  (SELECT count(*) FROM follow_up u JOIN review_entry r ON r.id = u.decision_id
   WHERE r.meeting_id = m.id) AS commitments
FROM meeting m JOIN forum f ON f.id = m.forum_id
JOIN forum_member s ON s.forum_id = m.forum_id
  AND s.joined_on <= m.starts_at::date AND (s.left_on IS NULL OR s.left_on >= m.starts_at::date)
JOIN person p ON p.id = s.person_id
LEFT JOIN attendance a ON a.meeting_id = m.id AND a.member_id = s.id
WHERE m.state IN ('HELD', 'MINUTES_APPROVED') AND m.starts_at::date BETWEEN $1 AND $2
ORDER BY f.name_en, m.starts_at, p.name`;

/** The annual social partnership report, every figure and list it gives. */
export const PARTNERSHIP_REPORT = `query PartnershipReport($year: String!) {
  partnershipReport(year: $year) {
    financialYear from to engagementCount
    bySubject { subjectKind count } byPartner { code name { en cy } count }
    outcomes { outcome count }
    compromises { engagedOn subjectKind subjectReference consultedOn { en cy } agreed { en cy } partnerCodes }
    noAgreements { engagedOn subjectKind subjectReference consultedOn { en cy }
      disagreement { en cy } nextSteps { en cy } partnerCodes }
    forumMeetings attendance { status count } commitments { status count }
    selfAssessments { forumName { en cy } assessedOn average statements { text { en cy } score } }
  }
}`;

/**
 * The year's engagement records with their subjects and partners, the social partnership forums'
 * seats at their held meetings with what was recorded, and each forum's latest self-assessment.
 */
const FLOOR_PARTNERSHIP_REPORT = `
SELECT 'engagement' AS part, e.id, e.outcome::text, e.engaged_on, coalesce(a.reference, ms.reference, r.reference) AS reference,
  e.agreed_en, e.disagreement_en, e.next_steps_en,
  (SELECT json_agg(o.code) FROM engagement_partner p JOIN organisation o ON o.id = p.organisation_id
   WHERE p.engagement_id = e.id) AS detail
FROM engagement_record e
LEFT JOIN action a ON a.id = e.action_id LEFT JOIN measure ms ON ms.id = e.measure_id
LEFT JOIN risk r ON r.id = e.risk_id
WHERE e.engaged_on BETWEEN $1 AND $2
UNION ALL
SELECT 'seat', m.id, t.status::text, m.starts_at::date, NULL, NULL, NULL, NULL,
  (SELECT json_agg(u.completed_on) FROM follow_up u JOIN review_entry d ON d.id = u.decision_id
   WHERE d.meeting_id = m.id)
FROM meeting m JOIN forum f ON f.id = m.forum_id
JOIN forum_member s ON s.forum_id = m.forum_id
  AND s.joined_on <= m.starts_at::date AND (s.left_on IS NULL OR s.left_on >= m.starts_at::date)
LEFT JOIN attendance t ON t.meeting_id = m.id AND t.member_id = s.id
WHERE f.kind = 'SOCIAL_PARTNERSHIP_FORUM' AND m.state IN ('HELD', 'MINUTES_APPROVED')
  AND m.starts_at::date BETWEEN $1 AND $2
UNION ALL
SELECT * FROM (SELECT DISTINCT ON (pa.forum_id) 'assessment', pa.id, NULL, pa.assessed_on, NULL,
  NULL, NULL, NULL,
  (SELECT json_agg(json_build_object('text', st.text_en, 'score', sc.score) ORDER BY st.position)
   FROM partnership_score sc JOIN partnership_statement st ON st.id = sc.statement_id
   WHERE sc.assessment_id = pa.id)
  FROM partnership_assessment pa JOIN forum f ON f.id = pa.forum_id
  WHERE f.kind = 'SOCIAL_PARTNERSHIP_FORUM' AND pa.assessed_on BETWEEN $1 AND $2
  ORDER BY pa.forum_id, pa.assessed_on DESC) latest`;

/** The round tracker, as the dashboard asks for it (features/round/graphql/round.ts). */
const ROUND_PROGRESS = `expected updated outstanding`;
const ROUND_OWNERS = `overall { ${ROUND_PROGRESS} } people { person { id name } progress { ${ROUND_PROGRESS} } }`;
export const UPDATE_ROUND = `query UpdateRound($reportingPeriodId: ID!) {
  updateRound(reportingPeriodId: $reportingPeriodId) {
    reportingPeriod { id label state closedAt updateDeadline }
    overall { ${ROUND_PROGRESS} }
    areas { area { id number shortTitle { en cy } } progress { ${ROUND_PROGRESS} } }
    organisations { organisation { id code name { en cy } } progress { ${ROUND_PROGRESS} } }
    people { person { id name } progress { ${ROUND_PROGRESS} } }
    outstandingActions { id reference title { en cy } owners { id name } }
    figures { ${ROUND_OWNERS}
      outstanding { measure { id reference name { en cy } owner { id name } }
        periodStart periodLabel { en cy } given } }
    riskReviews { ${ROUND_OWNERS}
      outstanding { id reference title { en cy } current { score band } nextReviewDue
        owner { id name } } }
  }
}`;

/**
 * What the tracker is built from, counted as it shows it: the plan year's actions not complete
 * before the period (updated or not) by area, organisation and person, those without an update
 * with their owners; every measure with its owner and the periods given in the 15 months before
 * (which of them the round asks for is a calendar rule, as in the API); the open risks whose
 * review the round asks for, with their owners and whether reviewed since it opened.
 */
const FLOOR_UPDATE_ROUND = `
WITH rp AS (SELECT * FROM reporting_period WHERE id = $1),
expected AS (
  SELECT a.id, a.area_id, a.reference, a.title_en, a.title_cy,
    EXISTS (SELECT 1 FROM action_period_status s
            WHERE s.action_id = a.id AND s.reporting_period_id = rp.id) AS updated
  FROM rp JOIN annual_plan p ON p.financial_year = rp.financial_year
  JOIN action a ON a.plan_id = p.id
  WHERE (SELECT c.rag FROM action_period_status c
         WHERE c.action_id = a.id AND c.period_start_date < rp.start_date
         ORDER BY c.period_start_date DESC LIMIT 1) IS DISTINCT FROM 'COMPLETE'),
responsible AS (
  SELECT DISTINCT e.id AS action_id, e.updated, r.person_id, pe.name, pe.organisation_id
  FROM expected e
  JOIN (SELECT action_id, person_id FROM action_owner
        UNION SELECT action_id, person_id FROM action_delegate) r ON r.action_id = e.id
  JOIN person pe ON pe.id = r.person_id),
reviews AS (
  SELECT t.id, t.reference, t.title_en, t.title_cy, t.current_likelihood * t.current_consequence
    AS score, t.next_review_due, t.owner_id, pe.name AS owner_name, r.in_round
  FROM rp CROSS JOIN risk t JOIN person pe ON pe.id = t.owner_id
  CROSS JOIN LATERAL (
    SELECT bool_or(v.reviewed_on >= rp.start_date) AS in_round,
      max(v.reviewed_on) FILTER (WHERE v.reviewed_on < rp.start_date) AS before_round
    FROM risk_review v WHERE v.risk_id = t.id) r
  WHERE t.closed_on IS NULL
    AND CASE WHEN r.in_round
      THEN r.before_round + make_interval(months => t.review_every_months) <= rp.update_deadline
      ELSE t.next_review_due <= rp.update_deadline END)
SELECT (SELECT row_to_json(rp) FROM rp) AS period,
  (SELECT json_agg(x ORDER BY x.number) FROM (
     SELECT ar.id, ar.number, ar.short_title_en, ar.short_title_cy, count(e.id) AS expected,
       count(e.id) FILTER (WHERE e.updated) AS updated
     FROM strategic_area ar LEFT JOIN expected e ON e.area_id = ar.id GROUP BY ar.id) x) AS areas,
  (SELECT json_agg(x) FROM (
     SELECT o.id, o.code, o.name_en, o.name_cy, count(DISTINCT r.action_id) AS expected,
       count(DISTINCT r.action_id) FILTER (WHERE r.updated) AS updated
     FROM responsible r JOIN organisation o ON o.id = r.organisation_id GROUP BY o.id
     ORDER BY count(DISTINCT r.action_id) FILTER (WHERE NOT r.updated) DESC, o.code) x)
    AS organisations,
  (SELECT json_agg(x) FROM (
     SELECT r.person_id, r.name, count(*) AS expected, count(*) FILTER (WHERE r.updated) AS updated
     FROM responsible r GROUP BY r.person_id, r.name
     ORDER BY count(*) FILTER (WHERE NOT r.updated) DESC, r.name) x) AS people,
  (SELECT json_agg(x ORDER BY string_to_array(x.reference, '.')::int[]) FROM (
     SELECT e.id, e.reference, e.title_en, e.title_cy,
       (SELECT json_agg(json_build_object('id', pe.id, 'name', pe.name) ORDER BY o.position)
        FROM action_owner o JOIN person pe ON pe.id = o.person_id WHERE o.action_id = e.id)
         AS owners
     FROM expected e WHERE NOT e.updated) x) AS outstanding,
  (SELECT json_agg(x) FROM (
     SELECT m.id, m.reference, m.name_en, m.name_cy, m.frequency, pe.id AS owner_id, pe.name,
       ARRAY(SELECT DISTINCT v.period_start FROM measure_value v
             WHERE v.measure_id = m.id AND v.period_start >= rp.start_date - interval '15 months'
               AND v.period_start < rp.start_date) AS given
     FROM rp CROSS JOIN measure m JOIN person pe ON pe.id = m.owner_id) x) AS figures,
  (SELECT json_agg(x ORDER BY x.next_review_due, substr(x.reference, 2)::int) FROM reviews x)
    AS reviews`;

/** The register's first page, as the dashboard asks for it. */
const RISK_PAGE = 25;

const pick = <T>(values: T[], request: number) => values[request % values.length];

/**
 * The first and last day of the current financial year, or of the one `offset` years from it
 * ("2026-27" → 2026-04-01 … 2027-03-31).
 */
const firstYear = (c: BenchContext, offset: number) => Number(c.financialYear.slice(0, 4)) + offset;
const yearStart = (c: BenchContext, offset = 0) => `${firstYear(c, offset)}-04-01`;
const yearEnd = (c: BenchContext, offset = 0) => `${firstYear(c, offset) + 1}-03-31`;
/** The financial year before the current one, as the API takes it ("2025-26"). */
const previousYear = (c: BenchContext) =>
  `${firstYear(c, -1)}-${String((firstYear(c, -1) + 1) % 100).padStart(2, '0')}`;

/** The current period looked up, then its summary: what `currentProgressSummary` has to read. */
async function overviewFloor(client: Client, c: BenchContext) {
  await client.query(
    'SELECT id FROM reporting_period WHERE start_date <= CURRENT_DATE ORDER BY start_date DESC LIMIT 1',
  );
  return client.query(FLOOR_SUMMARY, [c.planId, c.periodId, c.previousPeriodId, new Date()]);
}

export const OPERATIONS: Operation[] = [
  {
    // What every signed-in request costs before any work: HTTP, session lookup, GraphQL.
    name: 'signed-in { __typename }',
    query: () => '{ __typename }',
    variables: () => ({}),
    floor: (client) => client.query('SELECT 1'),
  },
  {
    name: 'overview summary',
    query: () => PROGRESS_SUMMARY,
    variables: () => ({}),
    floor: overviewFloor,
  },
  {
    // As after every change: the same document (parsed and validated once, as Apollo keeps it),
    // its answer built anew; a variable the query does not declare, different on every request,
    // keeps the response cache from serving it.
    name: 'overview summary, not cached',
    query: () => PROGRESS_SUMMARY,
    variables: (_c, request) => ({ request }),
    floor: overviewFloor,
  },
  {
    // The overview as the dashboard loads it: its measures panel beside the actions' figures.
    name: 'overview + measures summary',
    query: () => OVERVIEW_WITH_MEASURES,
    variables: () => ({}),
    floor: overviewFloor,
  },
  {
    name: 'overview + measures summary, not cached',
    query: () => OVERVIEW_WITH_MEASURES,
    variables: (_c, request) => ({ request }),
    floor: overviewFloor,
  },
  {
    name: 'measures page (every measure)',
    query: () => MEASURES_LIST,
    variables: () => ({}),
    floor: (client) => client.query(FLOOR_MEASURES),
  },
  {
    name: 'measures page, not cached',
    query: () => MEASURES_LIST,
    variables: (_c, request) => ({ request }),
    floor: (client) => client.query(FLOOR_MEASURES),
  },
  {
    name: 'measures summary, not cached',
    query: () => MEASURES_SUMMARY,
    variables: (_c, request) => ({ request }),
    floor: (client) => client.query(FLOOR_MEASURES_SUMMARY),
  },
  {
    name: 'area action list (100)',
    query: () => AREA_ACTIONS,
    variables: (c) => ({ filter: { financialYear: c.financialYear, areaNumber: c.areaNumber } }),
    floor: (client, c) =>
      client.query(FLOOR_AREA_ACTIONS, [Number(c.financialYear.slice(0, 4)), c.areaNumber]),
  },
  {
    name: 'action with history',
    query: () => ACTION_DETAILS,
    variables: (c) => ({ id: c.actionId }),
    floor: (client, c) => client.query(FLOOR_ACTION, [c.actionId]),
  },
  {
    name: 'submit status update',
    write: true,
    query: () => SUBMIT_STATUS_UPDATE,
    variables: (c, request) => ({
      input: {
        actionId: pick(c.actionIds, request),
        reportingPeriodId: c.periodId,
        rag: 'AMBER',
        percentComplete: 60,
        commentary: { en: 'Benchmark update', cy: 'Diweddariad meincnodi' },
      },
    }),
    floor: (client, c, request) =>
      client.query(FLOOR_SUBMIT, [pick(c.actionIds, request), c.periodId, c.authorId]),
  },
  {
    name: 'report content (draft)',
    query: () => REPORT_CONTENT,
    variables: (c) => ({ id: c.reportId }),
    floor: (client, c) => client.query(FLOOR_REPORT, [c.planId, c.periodId, c.previousPeriodId]),
  },
  // The report's risk section goes here: an operation reading the draft report's risks (the
  // REPORT_CONTENT document with the section's fields, or a query of its own), its floor reading
  // the open risks above appetite, escalated or linked to the period's exceptions as at the period
  // end. Added with the section itself (issue 20), which is being built beside this.
  {
    name: 'update round tracker',
    query: () => UPDATE_ROUND,
    variables: (c) => ({ reportingPeriodId: c.periodId }),
    floor: (client, c) => client.query(FLOOR_UPDATE_ROUND, [c.periodId]),
  },
  {
    name: 'update round tracker, not cached',
    query: () => UPDATE_ROUND,
    variables: (c, request) => ({ reportingPeriodId: c.periodId, request }),
    floor: (client, c) => client.query(FLOOR_UPDATE_ROUND, [c.periodId]),
  },
  {
    name: 'risk register (first page)',
    query: () => RISK_REGISTER,
    variables: () => ({ first: RISK_PAGE }),
    floor: (client) => client.query(FLOOR_RISK_REGISTER, [RISK_PAGE]),
  },
  {
    name: 'risk register, not cached',
    query: () => RISK_REGISTER,
    variables: (_c, request) => ({ first: RISK_PAGE, request }),
    floor: (client) => client.query(FLOOR_RISK_REGISTER, [RISK_PAGE]),
  },
  {
    name: 'risk profile (heat map), not cached',
    query: () => RISK_PROFILE,
    variables: (_c, request) => ({ request }),
    floor: (client) => client.query(FLOOR_RISK_PROFILE),
  },
  {
    name: 'meeting page',
    query: () => MEETING_PAGE,
    variables: (c) => ({ id: c.meetingId }),
    floor: (client, c) => client.query(FLOOR_MEETING, [c.meetingId]),
  },
  {
    name: 'attendance audit and commitments kept (a year)',
    query: () => MEETINGS_AUDIT,
    variables: (c) => ({ from: yearStart(c), to: yearEnd(c) }),
    floor: (client, c) => client.query(FLOOR_MEETINGS_AUDIT, [yearStart(c), yearEnd(c)]),
  },
  {
    // The last full year: the report is written after the year ends.
    name: 'annual social partnership report (last year)',
    query: () => PARTNERSHIP_REPORT,
    variables: (c) => ({ year: previousYear(c) }),
    floor: (client, c) =>
      client.query(FLOOR_PARTNERSHIP_REPORT, [yearStart(c, -1), yearEnd(c, -1)]),
  },
];
