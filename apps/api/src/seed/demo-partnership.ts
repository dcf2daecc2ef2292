// The Welsh (Cymraeg) text in this file must be checked by a Welsh speaker before release.
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import {
  AssessmentsService,
  EngagementsService,
  EngagementSubjectKind,
} from '@cynnydd/partnership/data-access';
import { ActionsService } from '@cynnydd/plans/data-access';
import { EngagementOutcome, type Actor, type IsoDate } from '@cynnydd/shared/domain';

import type { BilingualSeedText } from './demo-catalogue';
import { demoActionsOf, text, type DemoEvent } from './demo-lookups';

/** What the forum was consulted on, and how it ended. */
interface EngagementSeed {
  on: IsoDate;
  /** The action is tagged as needing partnership consultation (and has had it). */
  tagged?: boolean;
  /** An action of the 2026-27 plan by reference, a measure or risk by reference, or the plan. */
  subject: { kind: 'ACTION' | 'MEASURE' | 'RISK'; reference: string } | { kind: 'PLAN' };
  partners: ('UNISON' | 'RCN')[];
  consultedOn: BilingualSeedText;
  outcome: `${EngagementOutcome}`;
  agreed?: BilingualSeedText;
  disagreement?: BilingualSeedText;
  nextSteps?: BilingualSeedText;
}

/** The forum's meetings (demo-meetings.ts): the engagements minuted at them. */
const APRIL = '2026-04-21';
const JULY = '2026-07-21';
const OCTOBER = '2026-10-20';

export const ENGAGEMENTS: EngagementSeed[] = [
  {
    on: APRIL,
    subject: { kind: 'PLAN' },
    partners: ['UNISON', 'RCN'],
    consultedOn: text(
      'The 2026-27 action plan before the oversight board approves it.',
      'Cynllun gweithredu 2026-27 cyn i’r bwrdd goruchwylio ei gymeradwyo.',
    ),
    outcome: 'COMPROMISE',
    agreed: text(
      'The retention actions are co-designed with staff-side representatives.',
      'Mae’r camau cadw staff yn cael eu cyd-ddylunio gyda chynrychiolwyr ochr y staff.',
    ),
  },
  ...['1.6', '1.7', '2.6'].map((reference): EngagementSeed => ({
    on: APRIL,
    subject: { kind: 'ACTION', reference },
    tagged: true,
    partners: ['UNISON', 'RCN'],
    consultedOn: text(
      'How the action will involve staff and their trade unions.',
      'Sut y bydd y cam gweithredu’n cynnwys staff a’u hundebau llafur.',
    ),
    outcome: 'CONSENSUS',
  })),
  {
    on: JULY,
    subject: { kind: 'ACTION', reference: '2.7' },
    partners: ['UNISON'],
    consultedOn: text(
      'Release time for care home managers on the leadership programme.',
      'Amser rhyddhau i reolwyr cartrefi gofal ar y rhaglen arweinyddiaeth.',
    ),
    outcome: 'COMPROMISE',
    agreed: text(
      'Two days a quarter, with cover funded by the programme.',
      'Dau ddiwrnod y chwarter, gyda chyllid gan y rhaglen ar gyfer staff cyflenwi.',
    ),
  },
  {
    on: JULY,
    subject: { kind: 'ACTION', reference: '1.10' },
    partners: ['RCN'],
    consultedOn: text(
      'Nurses’ part in the quality improvement community of practice.',
      'Rhan nyrsys yn y gymuned ymarfer gwella ansawdd.',
    ),
    outcome: 'CONSENSUS',
  },
  {
    on: OCTOBER,
    subject: { kind: 'ACTION', reference: '1.4' },
    partners: ['UNISON', 'RCN'],
    consultedOn: text(
      'Moving staff between organisations in the place-based workforce pilots.',
      'Symud staff rhwng sefydliadau yn y cynlluniau peilot gweithlu ar sail lle.',
    ),
    outcome: 'NO_AGREEMENT',
    disagreement: text(
      'The staff side will not agree moves without a protected terms-and-conditions agreement.',
      'Ni fydd ochr y staff yn cytuno i symudiadau heb gytundeb sy’n diogelu telerau ac amodau.',
    ),
    nextSteps: text(
      'A joint working group drafts the agreement for the January forum.',
      'Cydweithgor yn drafftio’r cytundeb ar gyfer fforwm mis Ionawr.',
    ),
  },
  {
    on: OCTOBER,
    subject: { kind: 'ACTION', reference: '2.5' },
    partners: ['UNISON'],
    consultedOn: text(
      'Support for staff networks in social care.',
      'Cefnogaeth i rwydweithiau staff ym maes gofal cymdeithasol.',
    ),
    outcome: 'CONSENSUS',
  },
];

/**
 * The partnership behaviours self-assessment at the forum's April and October meetings: one
 * score per statement, in the statements' order; some improve as the year goes on.
 */
const ASSESSMENTS: { on: IsoDate; scores: number[] }[] = [
  { on: APRIL, scores: [3, 2, 2, 2, 3, 2] },
  { on: OCTOBER, scores: [4, 3, 3, 3, 3, 3] },
];

/**
 * The year's engagement with the trade unions at the social partnership forum, played through
 * the partnership services: consultation on the plan and on actions (mostly consensus, two
 * compromises, one no agreement; three actions tagged as needing it), and the forum's two
 * self-assessments. The programme office
 * records them on the day of the forum's meeting, after its minutes are written.
 */
export function demoPartnershipEvents(
  dataSource: DataSource,
  services: INestApplicationContext,
  office: Actor,
): DemoEvent[] {
  const engagements = services.get(EngagementsService);
  const actions = services.get(ActionsService);
  const assessments = services.get(AssessmentsService);
  const meetingOn = async (on: IsoDate): Promise<{ id: string; forumId: string }> =>
    (
      await dataSource.query(
        `SELECT m.id, m.forum_id AS "forumId" FROM meeting m JOIN forum f ON f.id = m.forum_id
         WHERE f.kind = 'SOCIAL_PARTNERSHIP_FORUM'
           AND (m.starts_at AT TIME ZONE 'Europe/London')::date = $1`,
        [on],
      )
    )[0];
  const partnerIds = async (codes: string[]): Promise<string[]> =>
    (
      await dataSource.query(`SELECT id FROM organisation WHERE code = ANY($1) ORDER BY code`, [
        codes,
      ])
    ).map((row: { id: string }) => row.id);
  const subjectId = async (subject: EngagementSeed['subject']): Promise<string> => {
    if (subject.kind === 'ACTION') {
      const actions = await demoActionsOf(dataSource, 2026);
      return actions.find((action) => action.reference === subject.reference)?.id as string;
    }
    const [row] =
      subject.kind === 'PLAN'
        ? await dataSource.query(`SELECT id FROM annual_plan WHERE financial_year = 2026`)
        : await dataSource.query(
            `SELECT id FROM ${subject.kind === 'MEASURE' ? 'measure' : 'risk'} WHERE reference = $1`,
            [subject.reference],
          );
    return row.id;
  };

  const events: DemoEvent[] = ENGAGEMENTS.map((seed) => ({
    at: `${seed.on}T16:00:00Z`,
    run: async () => {
      const meeting = await meetingOn(seed.on);
      const id = await subjectId(seed.subject);
      if (seed.tagged) {
        const { version } = await actions.getAction(id);
        await actions.updateAction(office, {
          id,
          expectedVersion: version,
          needsPartnershipConsultation: true,
        });
      }
      await engagements.create(office, {
        subjectKind: seed.subject.kind as EngagementSubjectKind,
        subjectId: id,
        engagedOn: seed.on,
        forumId: meeting.forumId,
        meetingId: meeting.id,
        partnerIds: await partnerIds(seed.partners),
        consultedOn: seed.consultedOn,
        outcome: seed.outcome as EngagementOutcome,
        agreed: seed.agreed ?? null,
        disagreement: seed.disagreement ?? null,
        nextSteps: seed.nextSteps ?? null,
      });
    },
  }));
  for (const { on, scores } of ASSESSMENTS) {
    events.push({
      at: `${on}T16:30:00Z`,
      run: async () => {
        const meeting = await meetingOn(on);
        const statements = await assessments.statements();
        await assessments.record(office, {
          forumId: meeting.forumId,
          meetingId: meeting.id,
          scores: statements.map((statement, index) => ({
            statementId: statement.id,
            score: scores[index] ?? 3,
          })),
        });
      },
    });
  }
  return events;
}
