import { addDays, addMonths, formatISO, parseISO } from 'date-fns';
import type { EntityManager } from 'typeorm';

import {
  AttendanceStatus,
  ForumKind,
  MeetingState,
  ReviewEntryKind,
  type IsoDate,
} from '@cynnydd/shared/domain';

import { bulkInsert } from './bulk-insert';
import type { BilingualSeedText } from './demo-catalogue';
import type { Random } from './large-data';

/** The programme's four forums and a delivery group per strategic area. */
const FORUMS: { kind: ForumKind; name: BilingualSeedText; everyMonths: number }[] = [
  {
    kind: ForumKind.OPERATIONAL_GROUP,
    name: { en: 'Operational group', cy: 'Grŵp gweithredol' },
    everyMonths: 1,
  },
  {
    kind: ForumKind.OVERSIGHT_BOARD,
    name: { en: 'Oversight board', cy: 'Bwrdd goruchwylio' },
    everyMonths: 3,
  },
  { kind: ForumKind.JOINT_BOARD, name: { en: 'Joint board', cy: 'Cyd-fwrdd' }, everyMonths: 6 },
  {
    kind: ForumKind.SOCIAL_PARTNERSHIP_FORUM,
    name: { en: 'Social partnership forum', cy: 'Fforwm partneriaeth gymdeithasol' },
    everyMonths: 3,
  },
  ...[1, 2, 3, 4, 5, 6, 7].map((area) => ({
    kind: ForumKind.OTHER,
    name: { en: `Area ${area} delivery group`, cy: `Grŵp cyflawni maes ${area}` },
    everyMonths: 1,
  })),
];

const PURPOSE: BilingualSeedText = {
  en: 'Hears progress, agrees what happens next and follows up what was promised.',
  cy: 'Yn clywed am gynnydd, yn cytuno ar y camau nesaf ac yn dilyn yr hyn a addawyd.',
};
const AGENDA: BilingualSeedText[] = [
  { en: 'Progress since the last meeting', cy: 'Cynnydd ers y cyfarfod diwethaf' },
  { en: 'Exceptions and risks', cy: 'Eithriadau a risgiau' },
  { en: 'Staff retention and well-being', cy: 'Cadw staff a llesiant' },
  { en: 'Welsh language and culture', cy: 'Y Gymraeg a diwylliant' },
  { en: 'Commitments from earlier meetings', cy: 'Ymrwymiadau o gyfarfodydd blaenorol' },
];
const MINUTES: BilingualSeedText = {
  en: 'The item was discussed and the update noted.',
  cy: 'Trafodwyd yr eitem a nodwyd y diweddariad.',
};
const DECISIONS: BilingualSeedText[] = [
  { en: 'The update was accepted.', cy: 'Derbyniwyd y diweddariad.' },
  {
    en: 'The exception is to be brought back with a recovery plan.',
    cy: "Mae'r eithriad i'w ddwyn yn ôl gyda chynllun adfer.",
  },
  {
    en: 'Staff-side representatives are to be consulted before the next meeting.',
    cy: "Mae cynrychiolwyr ochr y staff i'w hymgynghori cyn y cyfarfod nesaf.",
  },
];
const COMMITMENTS: BilingualSeedText[] = [
  { en: 'Bring a recovery plan', cy: 'Dod â chynllun adfer' },
  { en: 'Circulate the briefing note', cy: "Dosbarthu'r nodyn briffio" },
  { en: 'Consult the staff side', cy: 'Ymgynghori ag ochr y staff' },
];
const ATTENDANCE: [AttendanceStatus, number][] = [
  [AttendanceStatus.PRESENT, 0.8],
  [AttendanceStatus.REPRESENTED, 0.07],
  [AttendanceStatus.APOLOGIES, 0.09],
  [AttendanceStatus.ABSENT, 0.04],
];

export interface ForumRow {
  id: string;
  kind: ForumKind;
  name: BilingualSeedText;
  purpose: BilingualSeedText;
}
export interface ForumMemberRow {
  id: string;
  forumId: string;
  personId: string;
  representingId: string;
  isChair: boolean;
  joinedOn: IsoDate;
  leftOn: IsoDate | null;
}
export interface MeetingRow {
  id: string;
  forumId: string;
  title: BilingualSeedText;
  startsAt: Date;
  endsAt: Date;
  location: string;
  state: MeetingState;
  minutesApprovedById: string | null;
}
export interface AgendaItemRow {
  id: string;
  meetingId: string;
  position: number;
  title: BilingualSeedText;
  minutes: BilingualSeedText | null;
  actionIds: string[];
  riskIds: string[];
}
export interface AttendanceRow {
  id: string;
  meetingId: string;
  memberId: string;
  status: AttendanceStatus;
  deputyName: string | null;
}
export interface DecisionRow {
  id: string;
  meetingId: string;
  agendaItemId: string;
  text: BilingualSeedText;
  authorUserId: string;
  authorName: string;
  createdAt: Date;
}
export interface CommitmentRow {
  id: string;
  decisionId: string;
  title: BilingualSeedText;
  ownerId: string;
  dueDate: IsoDate;
  completedOn: IsoDate | null;
  createdAt: Date;
}

export interface LargeMeetings {
  forums: ForumRow[];
  members: ForumMemberRow[];
  meetings: MeetingRow[];
  agendaItems: AgendaItemRow[];
  attendance: AttendanceRow[];
  decisions: DecisionRow[];
  commitments: CommitmentRow[];
}

/** The calendar day of a time, as the tables' date columns hold it. */
export const day = (date: Date): IsoDate => formatISO(date, { representation: 'date' });

/**
 * Ten years of meetings of eleven forums at their cadence (about 750), up to two months past
 * today: members with their organisations (some leave and are replaced), attendance, agendas
 * linked to this year's actions and risks, minutes, decisions and commitments (done on time,
 * late, or still open). Past meetings' minutes are approved but for each forum's latest.
 */
export function buildLargeMeetings(
  random: Random,
  firstDay: IsoDate,
  today: IsoDate,
  people: { id: string; name: string; organisationId: string }[],
  secretariat: { userId: string; name: string },
  currentActionIds: string[],
  riskIds: string[],
): LargeMeetings {
  const data: LargeMeetings = {
    forums: [],
    members: [],
    meetings: [],
    agendaItems: [],
    attendance: [],
    decisions: [],
    commitments: [],
  };
  const until = day(addMonths(parseISO(today), 2));
  for (const forumSeed of FORUMS) {
    const forum: ForumRow = { id: random.uuid(), ...forumSeed, purpose: PURPOSE };
    data.forums.push(forum);
    const seats = random.sample(people, random.int(8, 14)).map((person, index) => ({
      id: random.uuid(),
      forumId: forum.id,
      personId: person.id,
      representingId: person.organisationId,
      isChair: index < (forumSeed.kind === ForumKind.SOCIAL_PARTNERSHIP_FORUM ? 2 : 1),
      joinedOn: firstDay,
      leftOn: null as IsoDate | null,
    }));
    data.members.push(...seats);

    const dates: IsoDate[] = [];
    for (let date = parseISO(firstDay); day(date) <= until;) {
      dates.push(day(addDays(date, random.int(7, 20))));
      date = addMonths(date, forumSeed.everyMonths);
    }
    const lastHeld = dates.filter((date) => date < today).pop();
    for (const date of dates) {
      data.meetings.push(
        meetingOn(random, data, forum, date, date === lastHeld, today, seats, secretariat, {
          currentActionIds,
          riskIds,
          people,
        }),
      );
      // One in fifty members leaves after a meeting; someone from the same body (or, if it has
      // no one else, another) takes the seat.
      for (const [index, seat] of seats.entries()) {
        if (seat.leftOn || !random.chance(0.02)) continue;
        seat.leftOn = date;
        const unseated = people.filter(
          (person) => !seats.some((other) => other.personId === person.id),
        );
        const replacement =
          unseated.find((person) => person.organisationId === seat.representingId) ??
          random.pick(unseated);
        seats[index] = {
          ...seat,
          id: random.uuid(),
          personId: replacement.id,
          representingId: replacement.organisationId,
          joinedOn: day(addDays(parseISO(date), 1)),
          leftOn: null,
        };
        data.members.push(seats[index]);
      }
    }
  }
  return data;
}

function meetingOn(
  random: Random,
  data: LargeMeetings,
  forum: ForumRow,
  date: IsoDate,
  latest: boolean,
  today: IsoDate,
  seats: ForumMemberRow[],
  secretariat: { userId: string; name: string },
  links: { currentActionIds: string[]; riskIds: string[]; people: { id: string; name: string }[] },
): MeetingRow {
  const held = date < today;
  const cancelled = random.chance(0.02);
  const chair = seats.find((seat) => seat.isChair && !seat.leftOn);
  const state = cancelled
    ? MeetingState.CANCELLED
    : !held
      ? MeetingState.SCHEDULED
      : latest || !chair
        ? MeetingState.HELD
        : MeetingState.MINUTES_APPROVED;
  const meeting: MeetingRow = {
    id: random.uuid(),
    forumId: forum.id,
    title: { en: `${forum.name.en}, ${date}`, cy: `${forum.name.cy}, ${date}` },
    startsAt: new Date(`${date}T10:00:00Z`),
    endsAt: new Date(`${date}T12:00:00Z`),
    location: random.chance(0.5) ? 'Online (Microsoft Teams)' : 'HEIW, Ty Dysgu, Nantgarw',
    state,
    minutesApprovedById: state === MeetingState.MINUTES_APPROVED ? (chair?.personId ?? null) : null,
  };
  const items = random.sample(AGENDA, random.int(3, 5)).map((title, index) => ({
    id: random.uuid(),
    meetingId: meeting.id,
    position: index + 1,
    title,
    minutes: held && !cancelled ? MINUTES : null,
    actionIds: random.chance(0.3) ? random.sample(links.currentActionIds, random.int(1, 2)) : [],
    riskIds: random.chance(0.2) ? random.sample(links.riskIds, 1) : [],
  }));
  data.agendaItems.push(...items);
  if (!held || cancelled) return meeting;

  for (const seat of seats.filter((seat) => !seat.leftOn)) {
    const status = random.weighted(ATTENDANCE);
    data.attendance.push({
      id: random.uuid(),
      meetingId: meeting.id,
      memberId: seat.id,
      status,
      deputyName: status === AttendanceStatus.REPRESENTED ? random.pick(links.people).name : null,
    });
  }
  for (let n = random.int(0, 3); n > 0; n--) {
    const decision: DecisionRow = {
      id: random.uuid(),
      meetingId: meeting.id,
      agendaItemId: random.pick(items).id,
      text: random.pick(DECISIONS),
      authorUserId: secretariat.userId,
      authorName: secretariat.name,
      createdAt: meeting.endsAt,
    };
    data.decisions.push(decision);
    for (let c = random.int(0, 2); c > 0; c--) {
      const dueDate = day(addDays(meeting.startsAt, random.int(14, 90)));
      const daysLate = random.int(-10, 20);
      const doneOn = day(addDays(parseISO(dueDate), daysLate));
      data.commitments.push({
        id: random.uuid(),
        decisionId: decision.id,
        title: random.pick(COMMITMENTS),
        ownerId: random.pick(seats).personId,
        dueDate,
        completedOn: doneOn < today && random.chance(0.85) ? doneOn : null,
        createdAt: meeting.endsAt,
      });
    }
  }
  return meeting;
}

/**
 * Meetings go in before their agendas, attendance and decisions, with approved minutes still
 * marked held: approval freezes a meeting's rows (a trigger), so it comes last, as in the product.
 */
export async function insertLargeMeetings(
  manager: EntityManager,
  data: LargeMeetings,
): Promise<void> {
  await bulkInsert(manager, 'forum', data.forums, (c) => [
    c.uuid('id', (f) => f.id),
    c.typed('kind', 'text[]', (f) => f.kind, 'forum_kind'),
    ...c.bilingual('name', (f) => f.name),
    ...c.bilingual('purpose', (f) => f.purpose),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'forum_member', data.members, (c) => [
    c.uuid('id', (m) => m.id),
    c.uuid('forum_id', (m) => m.forumId),
    c.uuid('person_id', (m) => m.personId),
    c.uuid('representing_id', (m) => m.representingId),
    c.typed('is_chair', 'boolean[]', (m) => m.isChair),
    c.typed('joined_on', 'date[]', (m) => m.joinedOn),
    c.typed('left_on', 'date[]', (m) => m.leftOn),
    c.typed('version', 'int[]', () => 1),
  ]);
  const approved = (m: MeetingRow) => m.state === MeetingState.MINUTES_APPROVED;
  await bulkInsert(manager, 'meeting', data.meetings, (c) => [
    c.uuid('id', (m) => m.id),
    c.uuid('forum_id', (m) => m.forumId),
    ...c.bilingual('title', (m) => m.title),
    c.typed('starts_at', 'timestamptz[]', (m) => m.startsAt),
    c.typed('ends_at', 'timestamptz[]', (m) => m.endsAt),
    c.text('location', (m) => m.location),
    c.typed('state', 'text[]', (m) => (approved(m) ? MeetingState.HELD : m.state), 'meeting_state'),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'agenda_item', data.agendaItems, (c) => [
    c.uuid('id', (a) => a.id),
    c.uuid('meeting_id', (a) => a.meetingId),
    c.typed('position', 'int[]', (a) => a.position, 'smallint'),
    ...c.bilingual('title', (a) => a.title),
    ...c.bilingual('minutes', (a) => a.minutes),
    c.typed('version', 'int[]', () => 1),
  ]);
  const links = (key: 'actionIds' | 'riskIds') =>
    data.agendaItems.flatMap((item) => item[key].map((id) => ({ itemId: item.id, id })));
  await bulkInsert(manager, 'agenda_item_action', links('actionIds'), (c) => [
    c.uuid('agenda_item_id', (l) => l.itemId),
    c.uuid('action_id', (l) => l.id),
  ]);
  await bulkInsert(manager, 'agenda_item_risk', links('riskIds'), (c) => [
    c.uuid('agenda_item_id', (l) => l.itemId),
    c.uuid('risk_id', (l) => l.id),
  ]);
  await bulkInsert(manager, 'attendance', data.attendance, (c) => [
    c.uuid('id', (a) => a.id),
    c.uuid('meeting_id', (a) => a.meetingId),
    c.uuid('member_id', (a) => a.memberId),
    c.typed('status', 'text[]', (a) => a.status, 'attendance_status'),
    c.text('deputy_name', (a) => a.deputyName),
    c.typed('version', 'int[]', () => 1),
  ]);
  await bulkInsert(manager, 'review_entry', data.decisions, (c) => [
    c.uuid('id', (d) => d.id),
    c.uuid('meeting_id', (d) => d.meetingId),
    c.uuid('agenda_item_id', (d) => d.agendaItemId),
    c.typed('kind', 'text[]', () => ReviewEntryKind.DECISION, 'review_entry_kind'),
    ...c.bilingual('text', (d) => d.text),
    c.uuid('author_user_id', (d) => d.authorUserId),
    c.text('author_name', (d) => d.authorName),
    c.typed('created_at', 'timestamptz[]', (d) => d.createdAt),
  ]);
  await bulkInsert(manager, 'follow_up', data.commitments, (c) => [
    c.uuid('id', (f) => f.id),
    c.uuid('decision_id', (f) => f.decisionId),
    ...c.bilingual('title', (f) => f.title),
    c.uuid('owner_id', (f) => f.ownerId),
    c.typed('due_date', 'date[]', (f) => f.dueDate),
    c.typed('completed_on', 'date[]', (f) => f.completedOn),
    c.typed('created_at', 'timestamptz[]', (f) => f.createdAt),
    c.typed('updated_at', 'timestamptz[]', (f) => f.createdAt),
    c.typed('version', 'int[]', () => 1),
  ]);
  const approvals = data.meetings.filter(approved);
  await manager.query(
    `UPDATE meeting SET state = 'MINUTES_APPROVED', version = version + 1,
       minutes_approved_by_id = a.by, minutes_approved_at = ends_at + interval '7 days'
     FROM unnest($1::uuid[], $2::uuid[]) AS a(id, by) WHERE meeting.id = a.id`,
    [approvals.map((m) => m.id), approvals.map((m) => m.minutesApprovedById)],
  );
}
