import { addDays, differenceInCalendarDays, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';

import {
  EngagementOutcome,
  financialYearEnd,
  financialYearOf,
  financialYearStart,
  ForumKind,
  MeetingState,
  type IsoDate,
} from '@cynnydd/shared/domain';

import { bulkInsert } from './bulk-insert';
import type { BilingualSeedText } from './demo-catalogue';
import type { Random } from './large-data';
import { day, type LargeMeetings } from './large-data-meetings';

export type EngagementSubject = 'action' | 'measure' | 'risk' | 'plan';

export interface EngagementRow {
  id: string;
  subject: EngagementSubject;
  subjectId: string;
  engagedOn: IsoDate;
  forumId: string;
  meetingId: string | null;
  outcome: EngagementOutcome;
  consultedOn: BilingualSeedText;
  agreed: BilingualSeedText | null;
  disagreement: BilingualSeedText | null;
  nextSteps: BilingualSeedText | null;
  partnerIds: string[];
}
export interface AssessmentRow {
  id: string;
  forumId: string;
  meetingId: string;
  assessedOn: IsoDate;
  /** By statement position (1 …), as the migration numbers the six statements. */
  scores: number[];
}

export interface LargePartnership {
  engagements: EngagementRow[];
  /** Actions tagged as needing partnership consultation (each has an engagement record). */
  taggedActionIds: string[];
  assessments: AssessmentRow[];
}

const CONSULTED_ON: BilingualSeedText[] = [
  { en: 'The action’s scope and timetable', cy: 'Cwmpas ac amserlen y cam gweithredu' },
  { en: 'Effects on staff terms and rotas', cy: 'Effeithiau ar delerau a rotâu staff' },
  { en: 'The well-being offer for staff', cy: 'Y cynnig llesiant i staff' },
  { en: 'Welsh language skills in the workforce', cy: 'Sgiliau Cymraeg yn y gweithlu' },
];
const AGREED: BilingualSeedText = {
  en: 'A phased start, reviewed with the staff side after six months',
  cy: 'Dechrau fesul cam, wedi’i adolygu gydag ochr y staff ar ôl chwe mis',
};
const DISAGREEMENT: BilingualSeedText = {
  en: 'The staff side does not accept the proposed change to rotas',
  cy: 'Nid yw ochr y staff yn derbyn y newid arfaethedig i rotâu',
};
const NEXT_STEPS: BilingualSeedText = {
  en: 'Taken to the joint board with both views',
  cy: 'I’w ddwyn i’r cyd-fwrdd gyda’r ddau safbwynt',
};
const OUTCOMES: [EngagementOutcome, number][] = [
  [EngagementOutcome.CONSENSUS, 0.7],
  [EngagementOutcome.COMPROMISE, 0.2],
  [EngagementOutcome.NO_AGREEMENT, 0.1],
];
/** The migration's partnership behaviours statements. */
const STATEMENTS = 6;
/** Engagement a year: the plan, and this many actions, measures and risks. */
const PER_YEAR = { action: 120, measure: 15, risk: 15 };

/**
 * Ten years of engagement with the trade unions, as the social partnership forum records it:
 * each year's plan, and about 150 actions, measures and risks a year (two in five at one of the
 * forum's meetings, the rest between them), mostly agreed; half the actions engaged on are
 * tagged as needing consultation; and the forum's self-assessment at every other meeting held,
 * its scores rising slowly over the years.
 */
export function buildLargePartnership(
  random: Random,
  today: IsoDate,
  meetings: LargeMeetings,
  subjects: {
    plans: { id: string; financialYear: number }[];
    actions: { id: string; planId: string }[];
    measureIds: string[];
    riskIds: string[];
  },
  unionIds: string[],
): LargePartnership {
  const forum = meetings.forums.find((f) => f.kind === ForumKind.SOCIAL_PARTNERSHIP_FORUM);
  if (!forum) throw new Error('The large data set has no social partnership forum');
  const held = meetings.meetings
    .filter((m) => m.forumId === forum.id && m.state !== MeetingState.CANCELLED)
    .filter((m) => day(m.startsAt) < today)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const data: LargePartnership = { engagements: [], taggedActionIds: [], assessments: [] };
  const yesterday = day(addDays(parseISO(today), -1));

  for (const plan of subjects.plans) {
    const first = financialYearStart(plan.financialYear);
    if (first > yesterday) continue;
    const last = [financialYearEnd(plan.financialYear), yesterday].sort()[0];
    const meetingsInYear = held.filter((m) => {
      const date = day(m.startsAt);
      return date >= first && date <= last;
    });
    const engage = (subject: EngagementSubject, subjectId: string) => {
      const atMeeting = meetingsInYear.length > 0 && random.chance(0.4);
      const meeting = atMeeting ? random.pick(meetingsInYear) : null;
      const span = differenceInCalendarDays(parseISO(last), parseISO(first));
      const outcome = random.weighted(OUTCOMES);
      const row: EngagementRow = {
        id: random.uuid(),
        subject,
        subjectId,
        engagedOn: meeting
          ? day(meeting.startsAt)
          : day(addDays(parseISO(first), random.int(0, span))),
        forumId: forum.id,
        meetingId: meeting?.id ?? null,
        outcome,
        consultedOn: random.pick(CONSULTED_ON),
        agreed: outcome === EngagementOutcome.COMPROMISE ? AGREED : null,
        disagreement: outcome === EngagementOutcome.NO_AGREEMENT ? DISAGREEMENT : null,
        nextSteps: outcome === EngagementOutcome.NO_AGREEMENT ? NEXT_STEPS : null,
        partnerIds: random.sample(unionIds, random.int(1, unionIds.length)),
      };
      data.engagements.push(row);
      return row;
    };
    engage('plan', plan.id);
    const actions = subjects.actions.filter((action) => action.planId === plan.id);
    for (const action of random.sample(actions, PER_YEAR.action)) {
      engage('action', action.id);
      if (random.chance(0.5)) data.taggedActionIds.push(action.id);
    }
    for (const id of random.sample(subjects.measureIds, PER_YEAR.measure)) engage('measure', id);
    for (const id of random.sample(subjects.riskIds, PER_YEAR.risk)) engage('risk', id);
  }

  for (const [index, meeting] of held.entries()) {
    if (index % 2 === 1) continue;
    const years = financialYearOf(day(meeting.startsAt)) - financialYearOf(day(held[0].startsAt));
    data.assessments.push({
      id: random.uuid(),
      forumId: forum.id,
      meetingId: meeting.id,
      assessedOn: day(meeting.startsAt),
      scores: Array.from({ length: STATEMENTS }, () =>
        Math.min(5, Math.max(1, 2 + Math.floor(years / 3) + random.int(-1, 1))),
      ),
    });
  }
  return data;
}

export async function insertLargePartnership(
  manager: EntityManager,
  data: LargePartnership,
): Promise<void> {
  const subject = (kind: EngagementSubject) => (row: EngagementRow) =>
    row.subject === kind ? row.subjectId : null;
  await bulkInsert(manager, 'engagement_record', data.engagements, (c) => [
    c.uuid('id', (e) => e.id),
    c.uuid('action_id', subject('action')),
    c.uuid('measure_id', subject('measure')),
    c.uuid('risk_id', subject('risk')),
    c.uuid('plan_id', subject('plan')),
    c.typed('engaged_on', 'date[]', (e) => e.engagedOn),
    c.uuid('forum_id', (e) => e.forumId),
    c.uuid('meeting_id', (e) => e.meetingId),
    c.typed('outcome', 'text[]', (e) => e.outcome, 'engagement_outcome'),
    ...c.bilingual('consulted_on', (e) => e.consultedOn),
    ...c.bilingual('agreed', (e) => e.agreed),
    ...c.bilingual('disagreement', (e) => e.disagreement),
    ...c.bilingual('next_steps', (e) => e.nextSteps),
    c.typed('version', 'int[]', () => 1),
  ]);
  const partners = data.engagements.flatMap((e) =>
    e.partnerIds.map((organisationId) => ({ engagementId: e.id, organisationId })),
  );
  await bulkInsert(manager, 'engagement_partner', partners, (c) => [
    c.uuid('engagement_id', (p) => p.engagementId),
    c.uuid('organisation_id', (p) => p.organisationId),
  ]);
  await manager.query(
    `UPDATE action SET needs_partnership_consultation = true WHERE id = ANY($1::uuid[])`,
    [data.taggedActionIds],
  );
  await bulkInsert(manager, 'partnership_assessment', data.assessments, (c) => [
    c.uuid('id', (a) => a.id),
    c.uuid('forum_id', (a) => a.forumId),
    c.uuid('meeting_id', (a) => a.meetingId),
    c.typed('assessed_on', 'date[]', (a) => a.assessedOn),
    c.typed('version', 'int[]', () => 1),
  ]);
  // Scores name statements by position: the statements' ids are the migration's, not ours.
  const scores = data.assessments.flatMap((a) =>
    a.scores.map((score, index) => ({ assessmentId: a.id, position: index + 1, score })),
  );
  await manager.query(
    `INSERT INTO partnership_score (assessment_id, statement_id, score)
     SELECT t.assessment_id, s.id, t.score
     FROM unnest($1::uuid[], $2::int[], $3::int[]) AS t(assessment_id, position, score)
     JOIN partnership_statement s ON s.position = t.position`,
    [scores.map((s) => s.assessmentId), scores.map((s) => s.position), scores.map((s) => s.score)],
  );
}
