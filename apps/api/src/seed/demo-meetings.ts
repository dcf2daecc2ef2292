// The Welsh (Cymraeg) text in this file must be checked by a Welsh speaker before release.
import { TZDate } from '@date-fns/tz';
import type { INestApplicationContext } from '@nestjs/common';
import { format as formatDate, formatISO, parseISO, subDays } from 'date-fns';
import { cy, enGB } from 'date-fns/locale';
import type { DataSource } from 'typeorm';

import { AgendaItem, MeetingNoticeService, MeetingsService } from '@cynnydd/meetings/data-access';
import { ReviewService } from '@cynnydd/reports/data-access';
import {
  ReviewEntryKind,
  Role,
  type Actor,
  type AttendanceStatus,
  type ForumKind,
  type IsoDate,
} from '@cynnydd/shared/domain';

import type { BilingualSeedText } from './demo-catalogue';
import type { DemoEvent } from './demo-lookups';

/** Meetings on or before this day were held; later ones are still to come. */
const HELD_UNTIL = '2026-12-01';

export interface ForumMemberSeed {
  personKey: string;
  /** The organisation or union they sit for, when it is not their employer. */
  representing?: string;
  chair?: boolean;
}

export interface ForumSeed {
  key: string;
  kind: `${ForumKind}`;
  name: BilingualSeedText;
  purpose: BilingualSeedText;
  members: ForumMemberSeed[];
}

export interface CommitmentSeed {
  title: BilingualSeedText;
  ownerKey: string;
  dueDate: string;
  doneOn: string | null;
}

export interface MeetingDecisionSeed {
  text: BilingualSeedText;
  commitments?: CommitmentSeed[];
}

export interface AttendanceSeed {
  status: `${AttendanceStatus}`;
  /** For REPRESENTED: the deputy's name as the minutes record it. */
  deputy?: string;
}

export interface MeetingSeed {
  forumKey: string;
  /** The day in Wales; boards meet 10:00–12:00, the operational group 14:00–16:00. */
  on: string;
  location: string;
  online?: boolean;
  /** Anyone not listed was present. Meetings still to come have no attendance. */
  attendance?: Record<string, AttendanceSeed>;
  /** The issued board paper the meeting took (the board's review of it is minuted here). */
  boardPaper?: {
    financialYear: number;
    quarter: number;
    audience: 'OVERSIGHT_BOARD' | 'JOINT_BOARD';
  };
  agenda: BilingualSeedText[];
  decisions?: MeetingDecisionSeed[];
  /** Left unapproved: the latest meeting's minutes are still in draft. */
  minutesInDraft?: boolean;
}

const APOLOGIES: AttendanceSeed = { status: 'APOLOGIES' };
const ABSENT: AttendanceSeed = { status: 'ABSENT' };
const deputy = (name: string): AttendanceSeed => ({ status: 'REPRESENTED', deputy: name });

export const FORUMS: ForumSeed[] = [
  {
    key: 'operational',
    kind: 'OPERATIONAL_GROUP',
    name: {
      en: 'Workforce Strategy Operational Group',
      cy: 'Grŵp Gweithredol y Strategaeth Gweithlu',
    },
    purpose: {
      en: 'Runs the quarterly update round, manages delivery across the seven areas and prepares progress reports for the oversight board.',
      cy: "Yn rhedeg y cylch diweddaru chwarterol, yn rheoli'r gwaith cyflawni ar draws y saith maes ac yn paratoi adroddiadau cynnydd i'r bwrdd goruchwylio.",
    },
    members: [
      { personKey: 'ceri.morgan', chair: true },
      { personKey: 'elin.roberts', chair: true },
      { personKey: 'priya.sharma' },
      { personKey: 'david.chen' },
      { personKey: 'grace.okafor' },
      { personKey: 'nia.williams' },
      { personKey: 'samira.ahmed' },
      { personKey: 'karen.lloyd' },
    ],
  },
  {
    key: 'oversight',
    kind: 'OVERSIGHT_BOARD',
    name: {
      en: 'Workforce Strategy Oversight Board',
      cy: 'Bwrdd Goruchwylio’r Strategaeth Gweithlu',
    },
    purpose: {
      en: 'Receives the operational group’s quarterly progress report, holds the programme to account and escalates to the joint board.',
      cy: "Yn derbyn adroddiad cynnydd chwarterol y grŵp gweithredol, yn dwyn y rhaglen i gyfrif ac yn uwchgyfeirio i'r cyd-fwrdd.",
    },
    members: [
      { personKey: 'owain.davies', chair: true },
      { personKey: 'ceri.morgan' },
      { personKey: 'elin.roberts' },
      { personKey: 'rhys.llewellyn' },
      { personKey: 'lowri.jenkins' },
      { personKey: 'karen.lloyd' },
    ],
  },
  {
    key: 'joint',
    kind: 'JOINT_BOARD',
    name: {
      en: 'HEIW and Social Care Wales Joint Board',
      cy: 'Cyd-fwrdd AaGIC a Gofal Cymdeithasol Cymru',
    },
    purpose: {
      en: 'Meets twice a year to take stock of the joint workforce strategy and agree its priorities.',
      cy: 'Yn cyfarfod ddwywaith y flwyddyn i bwyso a mesur y strategaeth gweithlu ar y cyd a chytuno ar ei blaenoriaethau.',
    },
    members: [
      { personKey: 'owain.davies', chair: true },
      { personKey: 'tom.bennett', chair: true },
      { personKey: 'ceri.morgan' },
      { personKey: 'elin.roberts' },
      { personKey: 'karen.lloyd' },
    ],
  },
  {
    key: 'partnership',
    kind: 'SOCIAL_PARTNERSHIP_FORUM',
    name: {
      en: 'Workforce Social Partnership Forum',
      cy: 'Fforwm Partneriaeth Gymdeithasol y Gweithlu',
    },
    purpose: {
      en: 'Joint management and trade-union forum: early discussion of emerging issues, consultation on the annual plan, no surprises.',
      cy: "Fforwm ar y cyd rhwng rheolwyr ac undebau llafur: trafod materion sy'n dod i'r amlwg yn gynnar, ymgynghori ar y cynllun blynyddol, dim syrpréis.",
    },
    members: [
      { personKey: 'grace.okafor', chair: true },
      { personKey: 'karen.lloyd', chair: true },
      { personKey: 'nia.williams' },
      { personKey: 'samira.ahmed' },
      { personKey: 'sian.pritchard', representing: 'HEIW' },
    ],
  },
];

const OPERATIONAL_AGENDA: BilingualSeedText[] = [
  { en: 'Update round: returns and exceptions', cy: 'Cylch diweddaru: ffurflenni ac eithriadau' },
  { en: 'Risks due for review', cy: "Risgiau sy'n ddyledus i'w hadolygu" },
  { en: 'Commitments from earlier meetings', cy: 'Ymrwymiadau o gyfarfodydd blaenorol' },
];

const BOARD_AGENDA: BilingualSeedText[] = [
  { en: 'Quarterly progress report', cy: 'Adroddiad cynnydd chwarterol' },
  { en: 'Risks above appetite', cy: 'Risgiau uwchlaw’r archwaeth' },
];

const PARTNERSHIP_AGENDA: BilingualSeedText[] = [
  {
    en: 'Consultation on the annual action plan',
    cy: 'Ymgynghori ar y cynllun gweithredu blynyddol',
  },
  { en: 'Staff retention and well-being', cy: 'Cadw staff a llesiant' },
  { en: 'Commitments from earlier meetings', cy: 'Ymrwymiadau o gyfarfodydd blaenorol' },
];

/**
 * A year of meetings, oldest first: the operational group monthly (on the days demo-risks.ts
 * reviews risks), the oversight board on each quarter's paper, the joint board twice and the
 * social partnership forum quarterly. Rhys Llewellyn misses three oversight boards in a row (the
 * attendance audit flags it); deputies stand in now and then; the December and January meetings
 * are to come, and the joint board's November minutes await approval.
 */
export const MEETINGS: MeetingSeed[] = [
  {
    forumKey: 'operational',
    on: '2026-04-14',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: OPERATIONAL_AGENDA,
  },
  {
    forumKey: 'partnership',
    on: '2026-04-21',
    location: 'HEIW, Ty Dysgu, Nantgarw',
    agenda: PARTNERSHIP_AGENDA,
    decisions: [
      {
        text: {
          en: 'The forum supports the 2026-27 action plan, subject to the retention actions being co-designed with staff-side representatives.',
          cy: "Mae'r fforwm yn cefnogi cynllun gweithredu 2026-27, ar yr amod bod y camau cadw staff yn cael eu cyd-ddylunio gyda chynrychiolwyr ochr y staff.",
        },
        commitments: [
          {
            title: {
              en: 'Set up a staff-side working group on the retention actions',
              cy: 'Sefydlu gweithgor ochr y staff ar y camau cadw staff',
            },
            ownerKey: 'grace.okafor',
            dueDate: '2026-06-30',
            doneOn: '2026-06-12',
          },
        ],
      },
    ],
  },
  {
    forumKey: 'operational',
    on: '2026-05-12',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: OPERATIONAL_AGENDA,
    attendance: { 'david.chen': APOLOGIES },
    decisions: [
      {
        text: {
          en: 'Q4 2025-26 report agreed for the oversight board with the data-sharing exception highlighted.',
          cy: "Cytunwyd ar adroddiad Ch4 2025-26 i'r bwrdd goruchwylio gan amlygu'r eithriad rhannu data.",
        },
      },
    ],
  },
  {
    forumKey: 'oversight',
    on: '2026-05-14',
    location: 'Welsh Government, Cathays Park, Cardiff',
    boardPaper: { financialYear: 2025, quarter: 4, audience: 'OVERSIGHT_BOARD' },
    agenda: BOARD_AGENDA,
    attendance: { 'rhys.llewellyn': APOLOGIES },
  },
  {
    forumKey: 'joint',
    on: '2026-05-21',
    location: 'Social Care Wales, South Gate House, Cardiff',
    boardPaper: { financialYear: 2025, quarter: 4, audience: 'JOINT_BOARD' },
    agenda: BOARD_AGENDA,
    attendance: { 'elin.roberts': deputy('Lowri Jenkins') },
  },
  {
    forumKey: 'operational',
    on: '2026-06-09',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: OPERATIONAL_AGENDA,
    attendance: { 'priya.sharma': APOLOGIES },
  },
  {
    forumKey: 'operational',
    on: '2026-07-14',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: OPERATIONAL_AGENDA,
    attendance: { 'karen.lloyd': deputy('Huw Evans'), 'samira.ahmed': APOLOGIES },
    decisions: [
      {
        text: {
          en: 'Update returns for Q1 to be chased personally by area leads where still missing after the deadline.',
          cy: "Arweinwyr meysydd i fynd ar drywydd ffurflenni diweddaru Ch1 yn bersonol lle maen nhw'n dal ar goll ar ôl y dyddiad cau.",
        },
        commitments: [
          {
            title: {
              en: 'Write to area leads with the outstanding Q1 returns',
              cy: 'Ysgrifennu at arweinwyr meysydd gyda ffurflenni Ch1 sy’n weddill',
            },
            ownerKey: 'ceri.morgan',
            dueDate: '2026-07-31',
            doneOn: '2026-08-07',
          },
        ],
      },
    ],
  },
  {
    forumKey: 'partnership',
    on: '2026-07-21',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: PARTNERSHIP_AGENDA,
    attendance: { 'sian.pritchard': APOLOGIES },
    decisions: [
      {
        text: {
          en: 'Agreed a joint staff survey question set on flexible working for both organisations.',
          cy: "Cytunwyd ar gyfres o gwestiynau arolwg staff ar y cyd ar weithio hyblyg i'r ddau sefydliad.",
        },
        commitments: [
          {
            title: {
              en: 'Circulate the agreed flexible working questions to both organisations',
              cy: "Dosbarthu'r cwestiynau gweithio hyblyg y cytunwyd arnynt i'r ddau sefydliad",
            },
            ownerKey: 'nia.williams',
            dueDate: '2026-09-30',
            doneOn: '2026-09-24',
          },
        ],
      },
    ],
  },
  {
    forumKey: 'operational',
    on: '2026-08-11',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: OPERATIONAL_AGENDA,
    attendance: { 'karen.lloyd': deputy('Huw Evans') },
  },
  {
    forumKey: 'oversight',
    on: '2026-08-13',
    location: 'Welsh Government, Cathays Park, Cardiff',
    boardPaper: { financialYear: 2026, quarter: 1, audience: 'OVERSIGHT_BOARD' },
    agenda: BOARD_AGENDA,
    attendance: { 'rhys.llewellyn': APOLOGIES, 'lowri.jenkins': deputy('Megan Thomas') },
  },
  {
    forumKey: 'operational',
    on: '2026-09-08',
    location: 'HEIW, Ty Dysgu, Nantgarw',
    agenda: OPERATIONAL_AGENDA,
    decisions: [
      {
        text: {
          en: 'Risk R3 (data-sharing agreement) to be escalated to the oversight board as above appetite.',
          cy: "Risg R3 (cytundeb rhannu data) i'w huwchgyfeirio i'r bwrdd goruchwylio gan ei bod uwchlaw'r archwaeth.",
        },
        commitments: [
          {
            title: {
              en: 'Brief the oversight board chair on the data-sharing agreement delay',
              cy: "Briffio cadeirydd y bwrdd goruchwylio ar yr oedi gyda'r cytundeb rhannu data",
            },
            ownerKey: 'priya.sharma',
            dueDate: '2026-10-16',
            doneOn: '2026-10-09',
          },
        ],
      },
    ],
  },
  {
    forumKey: 'operational',
    on: '2026-10-13',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: OPERATIONAL_AGENDA,
    attendance: { 'david.chen': APOLOGIES },
  },
  {
    forumKey: 'partnership',
    on: '2026-10-20',
    location: 'Social Care Wales, South Gate House, Cardiff',
    agenda: PARTNERSHIP_AGENDA,
    attendance: { 'karen.lloyd': APOLOGIES, 'samira.ahmed': ABSENT },
    decisions: [
      {
        text: {
          en: 'Staff-side asked for the retention programme’s exit interview findings to be shared before the joint board.',
          cy: 'Gofynnodd ochr y staff i ganfyddiadau cyfweliadau gadael y rhaglen cadw staff gael eu rhannu cyn y cyd-fwrdd.',
        },
        commitments: [
          {
            title: {
              en: 'Share the exit interview findings with the forum',
              cy: "Rhannu canfyddiadau'r cyfweliadau gadael gyda'r fforwm",
            },
            ownerKey: 'grace.okafor',
            dueDate: '2026-11-13',
            doneOn: null,
          },
        ],
      },
    ],
  },
  {
    forumKey: 'oversight',
    on: '2026-11-10',
    location: 'Welsh Government, Cathays Park, Cardiff',
    boardPaper: { financialYear: 2026, quarter: 2, audience: 'OVERSIGHT_BOARD' },
    agenda: BOARD_AGENDA,
    attendance: { 'rhys.llewellyn': APOLOGIES },
  },
  {
    forumKey: 'operational',
    on: '2026-11-10',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: OPERATIONAL_AGENDA,
    attendance: { 'grace.okafor': deputy('Aled Hughes') },
    decisions: [
      {
        text: {
          en: 'Q3 round reminders to go out a week before the deadline.',
          cy: 'Nodiadau atgoffa cylch Ch3 i fynd allan wythnos cyn y dyddiad cau.',
        },
      },
    ],
  },
  {
    forumKey: 'joint',
    on: '2026-11-19',
    location: 'HEIW, Ty Dysgu, Nantgarw',
    boardPaper: { financialYear: 2026, quarter: 2, audience: 'JOINT_BOARD' },
    agenda: BOARD_AGENDA,
    minutesInDraft: true,
  },
  {
    forumKey: 'operational',
    on: '2026-12-15',
    location: 'Online (Microsoft Teams)',
    online: true,
    agenda: OPERATIONAL_AGENDA,
  },
  {
    forumKey: 'partnership',
    on: '2027-01-12',
    location: 'HEIW, Ty Dysgu, Nantgarw',
    agenda: PARTNERSHIP_AGENDA,
  },
];

const MINUTES: BilingualSeedText = {
  en: 'The item was discussed and the update noted.',
  cy: 'Trafodwyd yr eitem a nodwyd y diweddariad.',
};

/**
 * The operational group meets 14:00–16:00; boards and the forum 10:00–12:00. The minutes are
 * written up half an hour after the end.
 */
const hours = (seed: MeetingSeed) =>
  seed.forumKey === 'operational'
    ? { starts: '14:00', minuted: '16:30' }
    : { starts: '10:00', minuted: '12:30' };

/** A time of day in Wales on a date as the moment it is (GMT in winter, BST in summer). */
function inWales(on: IsoDate, time: string): Date {
  const [year, month, day] = on.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(+new TZDate(year, month - 1, day, hours, minutes, 'Europe/London'));
}

const daysBefore = (on: IsoDate, days: number) =>
  formatISO(subDays(parseISO(on), days), { representation: 'date' });
const daysAfter = (on: IsoDate, days: number) => daysBefore(on, -days);

/** Where a board paper's review is minuted: its meeting and the agenda item that tabled it. */
export interface BoardMeeting {
  meetingId: string;
  agendaItemId: string;
}

export type BoardMeetingFinder = (paper: MeetingSeed['boardPaper'] & object) => BoardMeeting | null;

/**
 * The year's meetings played through the meetings service: forums and seats set up in March,
 * each meeting scheduled four weeks ahead with its agenda (the board paper added the day
 * before, once issued) and its members given notice three weeks ahead, apologies, attendance, minutes and decisions on the day, commitments
 * done when they were, and minutes approved by a chair a week later. Returns the events and
 * a finder for the board meetings, where the boards' reviews of their papers are minuted.
 */
export function demoMeetingEvents(
  dataSource: DataSource,
  services: INestApplicationContext,
  personIds: Map<string, string>,
  actors: Actor[],
): { events: DemoEvent[]; boardMeeting: BoardMeetingFinder } {
  const meetings = services.get(MeetingsService);
  const review = services.get(ReviewService);
  const notices = services.get(MeetingNoticeService);
  const office = actors.find((actor) => actor.role === Role.PROGRAMME_OFFICE) as Actor;
  const person = (key: string) => personIds.get(key) as string;
  const actorOf = (key: string) => actors.find((actor) => actor.personId === person(key));
  const forumIds = new Map<string, string>();
  const seatIds = new Map<string, string>();
  const meetingIds = new Map<MeetingSeed, string>();
  const paperItems = new Map<MeetingSeed, string>();
  const events: DemoEvent[] = [];
  const at = (on: IsoDate, time: string, run: () => Promise<void>) =>
    events.push({ at: inWales(on, time).toISOString(), run });
  const version = async (seed: MeetingSeed) =>
    (await meetings.getMeeting(meetingIds.get(seed) as string)).version;

  at('2026-03-02', '09:00', async () => {
    for (const forum of FORUMS) {
      const created = await meetings.createForum(office, {
        kind: forum.kind as ForumKind,
        name: forum.name,
        purpose: forum.purpose,
      });
      forumIds.set(forum.key, created.id);
      for (const member of forum.members) {
        const representing = member.representing
          ? (
              await dataSource.query(`SELECT id FROM organisation WHERE code = $1`, [
                member.representing,
              ])
            )[0].id
          : undefined;
        const seat = await meetings.addMember(office, {
          forumId: created.id,
          personId: person(member.personKey),
          representingId: representing,
          isChair: member.chair ?? false,
        });
        seatIds.set(`${forum.key}/${member.personKey}`, seat.id);
      }
    }
  });

  for (const seed of MEETINGS) {
    const { starts, minuted } = hours(seed);
    const forum = FORUMS.find((candidate) => candidate.key === seed.forumKey) as ForumSeed;
    at(daysBefore(seed.on, 28), '11:00', async () => {
      const start = inWales(seed.on, starts);
      const meeting = await meetings.schedule(office, {
        forumId: forumIds.get(seed.forumKey) as string,
        title: {
          en: `${forum.name.en}, ${formatDate(start, 'd MMMM yyyy', { locale: enGB })}`,
          cy: `${forum.name.cy}, ${formatDate(start, 'd MMMM yyyy', { locale: cy })}`,
        },
        startsAt: start,
        endsAt: new Date(start.getTime() + 2 * 60 * 60 * 1000),
        location: seed.online ? null : seed.location,
        onlineLink: seed.online ? 'https://teams.example.wales/cynnydd' : null,
      });
      meetingIds.set(seed, meeting.id);
      for (const title of seed.agenda) {
        await meetings.addAgendaItem(office, {
          meetingId: meeting.id,
          expectedVersion: await version(seed),
          title,
        });
      }
    });
    // Members are sent notice three weeks ahead (in the dashboard: the demo sends no e-mail).
    at(daysBefore(seed.on, 21), '09:00', async () => {
      await notices.sendNotice(office, meetingIds.get(seed) as string);
    });
    const paper = seed.boardPaper;
    if (paper) {
      at(daysBefore(seed.on, 1), '09:00', async () => {
        const [report] = await dataSource.query(
          `SELECT r.id FROM report r JOIN reporting_period p ON p.id = r.reporting_period_id
           WHERE p.financial_year = $1 AND p.quarter = $2 AND r.audience = $3 AND r.state = 'ISSUED'`,
          [paper.financialYear, paper.quarter, paper.audience],
        );
        const item = await meetings.addAgendaItem(office, {
          meetingId: meetingIds.get(seed) as string,
          expectedVersion: await version(seed),
          title: { en: 'The progress report', cy: 'Yr adroddiad cynnydd' },
          reportId: report.id,
        });
        paperItems.set(seed, item.id);
      });
    }
    if (seed.on > HELD_UNTIL) continue;

    // Members with an account give their own apologies beforehand.
    for (const [key, attendance] of Object.entries(seed.attendance ?? {})) {
      const member = actorOf(key);
      if (attendance.status !== 'APOLOGIES' || !member) continue;
      at(daysBefore(seed.on, 2), '16:00', async () => {
        await meetings.sendApologies(member, meetingIds.get(seed) as string);
      });
    }
    at(seed.on, minuted, async () => {
      const meetingId = meetingIds.get(seed) as string;
      await meetings.markHeld(office, { id: meetingId, expectedVersion: await version(seed) });
      await meetings.recordAttendance(office, {
        meetingId,
        entries: forum.members.map((member) => {
          const attendance = seed.attendance?.[member.personKey];
          return {
            memberId: seatIds.get(`${forum.key}/${member.personKey}`) as string,
            status: (attendance?.status ?? 'PRESENT') as AttendanceStatus,
            deputyName: attendance?.deputy ?? null,
          };
        }),
      });
      const items = await dataSource.getRepository(AgendaItem).findBy({ meetingId });
      for (const item of items) {
        await meetings.updateAgendaItemMinutes(office, {
          id: item.id,
          expectedVersion: item.version,
          minutes: MINUTES,
        });
      }
      for (const decision of seed.decisions ?? []) {
        await meetings.recordDecision(office, {
          meetingId,
          kind: ReviewEntryKind.DECISION,
          text: decision.text,
          commitments: decision.commitments?.map((commitment) => ({
            title: commitment.title,
            ownerId: person(commitment.ownerKey),
            dueDate: commitment.dueDate,
          })),
        });
      }
    });
    for (const commitment of (seed.decisions ?? []).flatMap((d) => d.commitments ?? [])) {
      const doneOn = commitment.doneOn;
      if (!doneOn) continue;
      at(doneOn, '15:00', async () => {
        const [row] = await dataSource.query(
          `SELECT f.id, f.version FROM follow_up f JOIN review_entry e ON e.id = f.decision_id
           WHERE e.meeting_id = $1 AND f.title_en = $2`,
          [meetingIds.get(seed), commitment.title.en],
        );
        await review.complete(office, {
          id: row.id,
          expectedVersion: row.version,
          completedOn: doneOn,
        });
      });
    }
    if (seed.minutesInDraft) continue;
    const chairKey = forum.members.find((member) => member.chair && actorOf(member.personKey));
    at(daysAfter(seed.on, 7), '10:00', async () => {
      const chair = actorOf(chairKey?.personKey ?? '') as Actor;
      await meetings.approveMinutes(chair, {
        id: meetingIds.get(seed) as string,
        expectedVersion: await version(seed),
      });
    });
  }

  const boardMeeting: BoardMeetingFinder = (paper) => {
    const seed = MEETINGS.find(
      (candidate) =>
        candidate.boardPaper?.financialYear === paper.financialYear &&
        candidate.boardPaper.quarter === paper.quarter &&
        candidate.boardPaper.audience === paper.audience,
    );
    const meetingId = seed && meetingIds.get(seed);
    const agendaItemId = seed && paperItems.get(seed);
    return meetingId && agendaItemId ? { meetingId, agendaItemId } : null;
  };
  return { events, boardMeeting };
}
