import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager, type Repository } from 'typeorm';

import { AuditAction, AuditService } from '@cynnydd/audit/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import { Measure } from '@cynnydd/measures/data-access';
import { Action } from '@cynnydd/plans/data-access';
import { FollowUp, ReviewEntry, ReviewService } from '@cynnydd/reports/data-access';
import { Risk } from '@cynnydd/risks/data-access';
import {
  assertAllExist,
  assertVersion,
  badUserInput,
  Clock,
  conflict,
  EntityRows,
  forbidden,
  groupByKey,
  isUniqueViolation,
  mergeBilingual,
  notFound,
  toBilingualColumns,
  updateVersioned,
  type RequestLoaders,
} from '@cynnydd/server/core';
import { AttendanceStatus, MeetingState, type Actor } from '@cynnydd/shared/domain';

import type {
  AddAgendaItemInput,
  AddForumMemberInput,
  AgendaItemMinutesInput,
  CreateForumInput,
  EndForumMembershipInput,
  MeetingsArgs,
  MeetingScheduleArgs,
  MeetingsVersionInput,
  MoveAgendaItemInput,
  RecordAttendanceInput,
  RecordMeetingDecisionInput,
  ScheduleMeetingInput,
  UpdateAgendaItemInput,
  UpdateForumInput,
  UpdateForumMemberInput,
  UpdateMeetingInput,
} from './dto/meeting.inputs';
import {
  assertOpen,
  assertPlaceAndTime,
  deputyProblem,
  frozenError,
  moveTo,
} from './meeting-rules';
import { AgendaItem, Attendance, Forum, ForumMember, Meeting } from './meeting.entity';
import {
  toAgendaItemModel,
  toAttendanceModel,
  toForumMemberModel,
  toForumModel,
  toMeetingModel,
} from './models/meeting.model';

/** The links of an agenda item, by kind. */
export interface AgendaLinks {
  actionIds: string[];
  measureIds: string[];
  riskIds: string[];
}

/** A commitment carried to a meeting, and whether the meeting that set it has approved minutes. */
export interface CarriedCommitment {
  followUp: FollowUp;
  fromApprovedMinutes: boolean;
}

const LINK_TABLES = [
  { key: 'actionIds', table: 'agenda_item_action', column: 'action_id' },
  { key: 'measureIds', table: 'agenda_item_measure', column: 'measure_id' },
  { key: 'riskIds', table: 'agenda_item_risk', column: 'risk_id' },
] as const;

/** Forums, their members, meetings, agendas, attendance, minutes and decisions. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Forum) private readonly forums: Repository<Forum>,
    @InjectRepository(ForumMember) private readonly members: Repository<ForumMember>,
    @InjectRepository(Meeting) private readonly meetings: Repository<Meeting>,
    @InjectRepository(AgendaItem) private readonly agendaItems: Repository<AgendaItem>,
    @InjectRepository(Attendance) private readonly attendance: Repository<Attendance>,
    @InjectRepository(FollowUp) private readonly followUps: Repository<FollowUp>,
    private readonly review: ReviewService,
    private readonly directory: DirectoryService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // Forums and members

  listForums(): Promise<Forum[]> {
    return this.forums.find({ order: { active: 'DESC', name: { en: 'ASC' }, id: 'ASC' } });
  }

  async getForum(id: string, field = 'id'): Promise<Forum> {
    const forum = await this.forums.findOneBy({ id });
    if (!forum) throw notFound('Forum', id, field);
    return forum;
  }

  async createForum(actor: Actor, input: CreateForumInput): Promise<Forum> {
    return this.dataSource.transaction(async (manager) => {
      const forum = await manager.save(
        manager.create(Forum, {
          kind: input.kind,
          name: toBilingualColumns(input.name),
          purpose: toBilingualColumns(input.purpose ?? {}),
          active: true,
        }),
      );
      await this.audit.created(manager, actor, 'Forum', forum);
      return forum;
    });
  }

  async updateForum(actor: Actor, input: UpdateForumInput): Promise<Forum> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.locked(manager, Forum, 'Forum', input.id, 'id');
      assertVersion(before.version, input.expectedVersion, () => toForumModel(before));
      const after = await updateVersioned(
        manager,
        Forum,
        before.id,
        input.expectedVersion,
        {
          kind: input.kind ?? before.kind,
          name: mergeBilingual(before.name, input.name, 'name'),
          purpose: mergeBilingual(before.purpose, input.purpose),
          active: input.active ?? before.active,
        },
        toForumModel,
      );
      await this.audit.changed(manager, actor, 'Forum', before, after);
      return after;
    });
  }

  async getMember(id: string, field = 'id'): Promise<ForumMember> {
    const member = await this.members.findOneBy({ id });
    if (!member) throw notFound('ForumMember', id, field);
    return member;
  }

  async addMember(actor: Actor, input: AddForumMemberInput): Promise<ForumMember> {
    const forum = await this.getForum(input.forumId, 'forumId');
    if (!forum.active) throw conflict('The forum is retired', { field: 'forumId' });
    const person = await this.directory.getPerson(input.personId, 'personId');
    const representingId = input.representingId ?? person.organisationId;
    if (input.representingId)
      await this.directory.getOrganisation(representingId, 'representingId');
    return this.inTransaction(async (manager) => {
      const member = await manager.save(
        manager.create(ForumMember, {
          forumId: forum.id,
          personId: person.id,
          representingId,
          isChair: input.isChair ?? false,
          joinedOn: input.joinedOn ?? this.clock.today(),
          leftOn: null,
        }),
      );
      await this.audit.created(manager, actor, 'ForumMember', member);
      return member;
    });
  }

  async updateMember(actor: Actor, input: UpdateForumMemberInput): Promise<ForumMember> {
    if (input.representingId) {
      await this.directory.getOrganisation(input.representingId, 'representingId');
    }
    return this.changeMember(actor, input, () => ({
      ...(input.representingId ? { representingId: input.representingId } : {}),
      ...(input.isChair === undefined ? {} : { isChair: input.isChair }),
    }));
  }

  async endMembership(actor: Actor, input: EndForumMembershipInput): Promise<ForumMember> {
    const leftOn = input.leftOn ?? this.clock.today();
    return this.changeMember(actor, input, (member) => {
      if (member.leftOn) throw conflict('The seat has ended already', { field: 'id' });
      if (leftOn < member.joinedOn) {
        throw badUserInput('leftOn', `must be on or after joining (${member.joinedOn})`);
      }
      return { leftOn };
    });
  }

  private changeMember(
    actor: Actor,
    input: MeetingsVersionInput,
    changes: (member: ForumMember) => Partial<ForumMember>,
  ): Promise<ForumMember> {
    return this.inTransaction(async (manager) => {
      const before = await this.locked(manager, ForumMember, 'ForumMember', input.id, 'id');
      assertVersion(before.version, input.expectedVersion, () => toForumMemberModel(before));
      const after = await updateVersioned(
        manager,
        ForumMember,
        before.id,
        input.expectedVersion,
        changes(before),
        toForumMemberModel,
      );
      await this.audit.changed(manager, actor, 'ForumMember', before, after);
      return after;
    });
  }

  /** The seats on each forum, current ones first (chairs first), then by joining. */
  membersLoader(loaders: RequestLoaders) {
    return loaders.get<string, ForumMember[]>('meetings.membersByForum', async (forumIds) =>
      groupByKey(
        forumIds,
        await EntityRows.of(this.members).lookup(
          `WHERE t.forum_id = ANY($1)
           ORDER BY (t.left_on IS NULL) DESC, t.is_chair DESC, t.joined_on, t.id`,
          [forumIds],
        ),
        (member) => member.forumId,
      ),
    );
  }

  forumLoader(loaders: RequestLoaders) {
    return loaders.get<string, Forum | null>('meetings.forumById', (ids) =>
      EntityRows.of(this.forums).byIds(ids),
    );
  }

  memberLoader(loaders: RequestLoaders) {
    return loaders.get<string, ForumMember | null>('meetings.memberById', (ids) =>
      EntityRows.of(this.members).byIds(ids),
    );
  }

  /** The current seats on a forum, chairs first. */
  currentMembers(forumId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.find(ForumMember, {
      where: { forumId, leftOn: IsNull() },
      order: { isChair: 'DESC', joinedOn: 'ASC', id: 'ASC' },
    });
  }

  // Meetings

  list(args: MeetingsArgs = {}): Promise<Meeting[]> {
    return EntityRows.of(this.meetings).find(
      `WHERE ($1::uuid IS NULL OR t.forum_id = $1)
         AND ($2::timestamptz IS NULL OR t.starts_at >= $2)
         AND ($3::timestamptz IS NULL OR t.starts_at < $3)
         AND ($4::meeting_state IS NULL OR t.state = $4)
       ORDER BY t.starts_at, t.id`,
      [args.forumId ?? null, args.from ?? null, args.to ?? null, args.state ?? null],
    );
  }

  /**
   * Meetings still to come (ending now or later) and a page of those over, latest first, with
   * how many are over: ten years of meetings are too many to send for one page.
   */
  async upcomingAndPast({
    forumId,
    pastOffset,
    pastLimit,
  }: MeetingScheduleArgs): Promise<{ upcoming: Meeting[]; past: Meeting[]; pastCount: number }> {
    const now = this.clock.now();
    const rows = EntityRows.of(this.meetings);
    const forum = forumId ?? null;
    const [upcoming, past, [{ count }]] = await Promise.all([
      rows.find(
        `WHERE ($1::uuid IS NULL OR t.forum_id = $1) AND t.ends_at >= $2
         ORDER BY t.starts_at, t.id`,
        [forum, now],
      ),
      rows.find(
        `WHERE ($1::uuid IS NULL OR t.forum_id = $1) AND t.ends_at < $2
         ORDER BY t.starts_at DESC, t.id DESC LIMIT $3 OFFSET $4`,
        [forum, now, pastLimit, pastOffset],
      ),
      this.dataSource.query(
        `SELECT count(*)::int AS count FROM meeting
         WHERE ($1::uuid IS NULL OR forum_id = $1) AND ends_at < $2`,
        [forum, now],
      ) as Promise<{ count: number }[]>,
    ]);
    return { upcoming, past, pastCount: count };
  }

  async getMeeting(id: string, field = 'id', manager?: EntityManager): Promise<Meeting> {
    const meeting = manager
      ? await manager.findOne(Meeting, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : await this.meetings.findOneBy({ id });
    if (!meeting) throw notFound('Meeting', id, field);
    return meeting;
  }

  meetingLoader(loaders: RequestLoaders) {
    return loaders.get<string, Meeting | null>('meetings.meetingById', (ids) =>
      EntityRows.of(this.meetings).byIds(ids),
    );
  }

  async schedule(actor: Actor, input: ScheduleMeetingInput): Promise<Meeting> {
    const forum = await this.getForum(input.forumId, 'forumId');
    if (!forum.active) throw conflict('The forum is retired', { field: 'forumId' });
    assertPlaceAndTime(input);
    return this.inTransaction(async (manager) => {
      const meeting = await manager.save(
        manager.create(Meeting, {
          forumId: forum.id,
          title: toBilingualColumns(input.title),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          location: input.location?.trim() ?? '',
          onlineLink: input.onlineLink ?? null,
        }),
      );
      await this.audit.created(manager, actor, 'Meeting', meeting);
      return meeting;
    });
  }

  async update(actor: Actor, input: UpdateMeetingInput): Promise<Meeting> {
    return this.changeMeeting(actor, input, (meeting) => {
      assertOpen(meeting.state, 'id');
      const changes = {
        title: mergeBilingual(meeting.title, input.title, 'title'),
        startsAt: input.startsAt ?? meeting.startsAt,
        endsAt: input.endsAt ?? meeting.endsAt,
        location: input.location === undefined ? meeting.location : (input.location ?? '').trim(),
        onlineLink: input.onlineLink === undefined ? meeting.onlineLink : input.onlineLink,
      };
      assertPlaceAndTime(changes);
      return changes;
    });
  }

  /**
   * A meeting whose notice went out is cancelled with a higher notice sequence, so the
   * cancellation replaces the invitation in calendars; `cancelled` runs in the same transaction
   * (the notice service tells the members there).
   */
  async cancel(
    actor: Actor,
    input: MeetingsVersionInput,
    cancelled?: (meeting: Meeting, manager: EntityManager) => Promise<void>,
  ): Promise<Meeting> {
    return this.changeMeeting(
      actor,
      input,
      (meeting) => {
        if (meeting.state !== MeetingState.SCHEDULED) {
          throw conflict('Only a meeting not yet held can be cancelled', { field: 'id' });
        }
        return {
          state: MeetingState.CANCELLED,
          ...(meeting.noticeSentAt ? { noticeSequence: meeting.noticeSequence + 1 } : {}),
        };
      },
      AuditAction.UPDATE,
      cancelled,
    );
  }

  async markHeld(actor: Actor, input: MeetingsVersionInput): Promise<Meeting> {
    return this.changeMeeting(actor, input, (meeting) => {
      if (meeting.state !== MeetingState.SCHEDULED) {
        throw conflict('Only a scheduled meeting can be marked held', { field: 'id' });
      }
      if (meeting.startsAt > this.clock.now()) {
        throw conflict('The meeting has not started yet', { field: 'id' });
      }
      return { state: MeetingState.HELD };
    });
  }

  /** Only a chair currently on the forum approves its minutes; then the meeting is frozen. */
  async approveMinutes(actor: Actor, input: MeetingsVersionInput): Promise<Meeting> {
    return this.changeMeeting(
      actor,
      input,
      async (meeting, manager) => {
        const chairs = (await this.currentMembers(meeting.forumId, manager)).filter(
          (member) => member.isChair,
        );
        if (!actor.personId || !chairs.some((chair) => chair.personId === actor.personId)) {
          throw forbidden('Only a chair of the forum approves its minutes');
        }
        assertOpen(meeting.state, 'id');
        if (meeting.state !== MeetingState.HELD) {
          throw conflict('Mark the meeting held before approving its minutes', { field: 'id' });
        }
        return {
          state: MeetingState.MINUTES_APPROVED,
          minutesApprovedAt: this.clock.now(),
          minutesApprovedById: actor.personId,
        };
      },
      AuditAction.STATE_CHANGE,
    );
  }

  /** Records that a notice went out: bumps the calendar SEQUENCE. */
  async noticeSent(manager: EntityManager, actor: Actor, meeting: Meeting): Promise<Meeting> {
    const after = await updateVersioned(
      manager,
      Meeting,
      meeting.id,
      meeting.version,
      { noticeSentAt: this.clock.now(), noticeSequence: meeting.noticeSequence + 1 },
      toMeetingModel,
    );
    await this.audit.changed(manager, actor, 'Meeting', meeting, after);
    return after;
  }

  private changeMeeting(
    actor: Actor,
    input: MeetingsVersionInput,
    changes: (
      meeting: Meeting,
      manager: EntityManager,
    ) => Partial<Meeting> | Promise<Partial<Meeting>>,
    action: AuditAction.UPDATE | AuditAction.STATE_CHANGE = AuditAction.UPDATE,
    afterwards?: (meeting: Meeting, manager: EntityManager) => Promise<void>,
  ): Promise<Meeting> {
    return this.inTransaction(async (manager) => {
      const before = await this.getMeeting(input.id, 'id', manager);
      const change = await changes(before, manager);
      assertVersion(before.version, input.expectedVersion, () => toMeetingModel(before));
      const after = await updateVersioned(
        manager,
        Meeting,
        before.id,
        input.expectedVersion,
        change,
        toMeetingModel,
      );
      await this.audit.changed(manager, actor, 'Meeting', before, after, action);
      await afterwards?.(after, manager);
      return after;
    });
  }

  // Agenda

  async addAgendaItem(actor: Actor, input: AddAgendaItemInput): Promise<AgendaItem> {
    await this.assertLinks(actor, input);
    return this.inTransaction(async (manager) => {
      const meeting = await this.getMeeting(input.meetingId, 'meetingId', manager);
      assertOpen(meeting.state);
      assertVersion(meeting.version, input.expectedVersion, () => toMeetingModel(meeting));
      const [{ count }]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM agenda_item WHERE meeting_id = $1',
        [meeting.id],
      );
      const item = await manager.save(
        manager.create(AgendaItem, {
          meetingId: meeting.id,
          position: count + 1,
          title: toBilingualColumns(input.title),
          presenterId: input.presenterId ?? null,
          reportId: input.reportId ?? null,
          minutes: toBilingualColumns({}),
        }),
      );
      const links = await this.replaceLinks(manager, item.id, input);
      // The agenda is part of the meeting: adding to it is a change to the meeting's version.
      await updateVersioned(manager, Meeting, meeting.id, meeting.version, {}, toMeetingModel);
      await this.audit.created(manager, actor, 'AgendaItem', { ...item, ...links });
      return item;
    });
  }

  async updateAgendaItem(actor: Actor, input: UpdateAgendaItemInput): Promise<AgendaItem> {
    await this.assertLinks(actor, input);
    return this.changeAgendaItem(actor, input, async (item, manager) => {
      const linksBefore = (await this.linksOf(manager, [item.id]))[0];
      const linksAfter = await this.replaceLinks(manager, item.id, input, linksBefore);
      return {
        changes: {
          title: mergeBilingual(item.title, input.title, 'title'),
          presenterId: input.presenterId === undefined ? item.presenterId : input.presenterId,
          reportId: input.reportId === undefined ? item.reportId : input.reportId,
        },
        before: linksBefore,
        after: linksAfter,
      };
    });
  }

  async updateAgendaItemMinutes(actor: Actor, input: AgendaItemMinutesInput): Promise<AgendaItem> {
    return this.changeAgendaItem(actor, input, async (item) => ({
      changes: { minutes: mergeBilingual(item.minutes, input.minutes, 'minutes') },
    }));
  }

  async removeAgendaItem(actor: Actor, input: MeetingsVersionInput): Promise<Meeting> {
    return this.inTransaction(async (manager) => {
      const { item, meeting } = await this.lockItem(manager, input);
      const [{ count }]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM review_entry WHERE agenda_item_id = $1',
        [item.id],
      );
      if (count) {
        throw conflict('Decisions were recorded under this item; it stays on the agenda', {
          field: 'id',
        });
      }
      await manager.delete(AgendaItem, { id: item.id });
      await this.renumber(manager, meeting.id);
      await this.audit.record(manager, actor, {
        action: AuditAction.DELETE,
        entityType: 'AgendaItem',
        entityId: item.id,
        before: item,
      });
      return updateVersioned(manager, Meeting, meeting.id, meeting.version, {}, toMeetingModel);
    });
  }

  async moveAgendaItem(actor: Actor, input: MoveAgendaItemInput): Promise<Meeting> {
    return this.inTransaction(async (manager) => {
      const { item, meeting } = await this.lockItem(manager, input);
      const order = await this.itemOrder(manager, meeting.id);
      if (input.position > order.length) {
        throw badUserInput('position', `must be 1 to ${order.length}`);
      }
      await this.renumber(manager, meeting.id, moveTo(order, item.id, input.position));
      const moved: AgendaItem = { ...item, position: input.position };
      await this.audit.changed(manager, actor, 'AgendaItem', item, moved);
      return updateVersioned(manager, Meeting, meeting.id, meeting.version, {}, toMeetingModel);
    });
  }

  private async changeAgendaItem(
    actor: Actor,
    input: MeetingsVersionInput,
    change: (
      item: AgendaItem,
      manager: EntityManager,
    ) => Promise<{ changes: Partial<AgendaItem>; before?: object; after?: object }>,
  ): Promise<AgendaItem> {
    return this.inTransaction(async (manager) => {
      const { item } = await this.lockItem(manager, input);
      const { changes, before, after: linksAfter } = await change(item, manager);
      const after = await updateVersioned(
        manager,
        AgendaItem,
        item.id,
        input.expectedVersion,
        changes,
        toAgendaItemModel,
      );
      await this.audit.changed(
        manager,
        actor,
        'AgendaItem',
        { ...item, ...before },
        { ...after, ...linksAfter },
      );
      return after;
    });
  }

  /** The item and its meeting, both locked; the meeting must still be open to change. */
  private async lockItem(manager: EntityManager, input: MeetingsVersionInput) {
    const found = await manager.findOneBy(AgendaItem, { id: input.id });
    if (!found) throw notFound('AgendaItem', input.id, 'id');
    const meeting = await this.getMeeting(found.meetingId, 'id', manager);
    assertOpen(meeting.state, 'id');
    const item = await this.locked(manager, AgendaItem, 'AgendaItem', input.id, 'id');
    assertVersion(item.version, input.expectedVersion, () => toAgendaItemModel(item));
    return { item, meeting };
  }

  private async itemOrder(manager: EntityManager, meetingId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id',
      [meetingId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Positions 1 … n in the given order (the current one by default). Moved items go through
   * negative positions first: the unique (meeting, position) is checked row by row.
   */
  private async renumber(manager: EntityManager, meetingId: string, order?: string[]) {
    const ids = order ?? (await this.itemOrder(manager, meetingId));
    await manager.query(
      `UPDATE agenda_item a SET position = -o.n, version = version + 1
       FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n)
       WHERE a.id = o.id AND a.meeting_id = $1 AND a.position <> o.n`,
      [meetingId, ids],
    );
    await manager.query(
      'UPDATE agenda_item SET position = -position WHERE meeting_id = $1 AND position < 0',
      [meetingId],
    );
  }

  /** Reports must be issued; people, actions, measures and risks must exist. */
  private async assertLinks(
    actor: Actor,
    input: { reportId?: string | null; presenterId?: string | null } & Partial<AgendaLinks>,
  ): Promise<void> {
    if (input.reportId) await this.review.issuedReport(actor, input.reportId, 'reportId');
    if (input.presenterId) await this.directory.getPerson(input.presenterId, 'presenterId');
    await assertAllExist(this.dataSource, Action, 'Action', input.actionIds, 'actionIds');
    await assertAllExist(this.dataSource, Measure, 'Measure', input.measureIds, 'measureIds');
    await assertAllExist(this.dataSource, Risk, 'Risk', input.riskIds, 'riskIds');
  }

  private async replaceLinks(
    manager: EntityManager,
    itemId: string,
    wanted: Partial<AgendaLinks>,
    current: AgendaLinks = { actionIds: [], measureIds: [], riskIds: [] },
  ): Promise<AgendaLinks> {
    const result = { ...current };
    for (const { key, table, column } of LINK_TABLES) {
      const ids = wanted[key];
      if (!ids) continue;
      await manager.query(`DELETE FROM ${table} WHERE agenda_item_id = $1`, [itemId]);
      await manager.query(
        `INSERT INTO ${table} (agenda_item_id, ${column}) SELECT $1, unnest($2::uuid[])`,
        [itemId, ids],
      );
      result[key] = ids;
    }
    return result;
  }

  private async linksOf(
    manager: EntityManager | DataSource,
    itemIds: readonly string[],
  ): Promise<AgendaLinks[]> {
    const rows: { itemId: string; kind: keyof AgendaLinks; id: string }[] = await manager.query(
      LINK_TABLES.map(
        ({ key, table, column }) =>
          `SELECT agenda_item_id AS "itemId", '${key}' AS kind, ${column} AS id
           FROM ${table} WHERE agenda_item_id = ANY($1)`,
      ).join(' UNION ALL '),
      [itemIds],
    );
    return groupByKey(itemIds, rows, (row) => row.itemId).map((group) => ({
      actionIds: group.filter((row) => row.kind === 'actionIds').map((row) => row.id),
      measureIds: group.filter((row) => row.kind === 'measureIds').map((row) => row.id),
      riskIds: group.filter((row) => row.kind === 'riskIds').map((row) => row.id),
    }));
  }

  agendaLoader(loaders: RequestLoaders) {
    return loaders.get<string, AgendaItem[]>('meetings.agenda', async (meetingIds) =>
      groupByKey(
        meetingIds,
        await EntityRows.of(this.agendaItems).lookup(
          'WHERE t.meeting_id = ANY($1) ORDER BY t.meeting_id, t.position',
          [meetingIds],
        ),
        (item) => item.meetingId,
      ),
    );
  }

  agendaLinksLoader(loaders: RequestLoaders) {
    return loaders.get<string, AgendaLinks>('meetings.agendaLinks', (itemIds) =>
      this.linksOf(this.dataSource, itemIds),
    );
  }

  // Attendance

  async recordAttendance(actor: Actor, input: RecordAttendanceInput): Promise<Attendance[]> {
    input.entries.forEach((entry, index) => {
      const problem = deputyProblem(entry.status, entry.deputyName);
      if (problem) throw badUserInput(`entries.${index}.deputyName`, problem);
    });
    return this.inTransaction(async (manager) => {
      const meeting = await this.getMeeting(input.meetingId, 'meetingId', manager);
      assertOpen(meeting.state);
      const seats = await manager.findBy(ForumMember, { forumId: meeting.forumId });
      const written: Attendance[] = [];
      for (const [index, entry] of input.entries.entries()) {
        if (!seats.some((seat) => seat.id === entry.memberId)) {
          throw badUserInput(`entries.${index}.memberId`, 'is not a seat on the meeting’s forum');
        }
        written.push(
          await this.writeAttendance(manager, actor, meeting.id, entry.memberId, {
            status: entry.status,
            deputyName: entry.deputyName?.trim() || null,
          }),
        );
      }
      return written;
    });
  }

  /** A member gives their own apologies for a meeting not yet held. */
  async sendApologies(actor: Actor, meetingId: string): Promise<Attendance> {
    return this.inTransaction(async (manager) => {
      const meeting = await this.getMeeting(meetingId, 'meetingId', manager);
      const seat = (await this.currentMembers(meeting.forumId, manager)).find(
        (member) => actor.personId && member.personId === actor.personId,
      );
      if (!seat) throw forbidden('Only a current member of the forum sends their apologies');
      assertOpen(meeting.state);
      if (meeting.state !== MeetingState.SCHEDULED) {
        throw conflict('Apologies are sent before the meeting is held', { field: 'meetingId' });
      }
      return this.writeAttendance(manager, actor, meeting.id, seat.id, {
        status: AttendanceStatus.APOLOGIES,
        deputyName: null,
      });
    });
  }

  private async writeAttendance(
    manager: EntityManager,
    actor: Actor,
    meetingId: string,
    memberId: string,
    values: Pick<Attendance, 'status' | 'deputyName'>,
  ): Promise<Attendance> {
    const before = await manager.findOneBy(Attendance, { meetingId, memberId });
    if (!before) {
      const created = await manager.save(
        manager.create(Attendance, { meetingId, memberId, ...values }),
      );
      await this.audit.created(manager, actor, 'Attendance', created);
      return created;
    }
    const after = await updateVersioned(
      manager,
      Attendance,
      before.id,
      before.version,
      values,
      toAttendanceModel,
    );
    await this.audit.changed(manager, actor, 'Attendance', before, after);
    return after;
  }

  attendanceLoader(loaders: RequestLoaders) {
    return loaders.get<string, Attendance[]>('meetings.attendance', async (meetingIds) =>
      groupByKey(
        meetingIds,
        await EntityRows.of(this.attendance).lookup(
          'WHERE t.meeting_id = ANY($1) ORDER BY t.meeting_id, t.created_at, t.id',
          [meetingIds],
        ),
        (row) => row.meetingId,
      ),
    );
  }

  // Decisions and commitments

  /**
   * A comment or decision minuted at a meeting, with the commitments it sets: a review entry and
   * its follow-ups, written by the review service so they are the same records a board's are.
   */
  async recordDecision(actor: Actor, input: RecordMeetingDecisionInput): Promise<ReviewEntry> {
    return this.inTransaction(async (manager) => {
      const meeting = await this.getMeeting(input.meetingId, 'meetingId', manager);
      assertOpen(meeting.state);
      if (meeting.state !== MeetingState.HELD) {
        throw conflict('Decisions are minuted once the meeting is held', { field: 'meetingId' });
      }
      const items = await manager.findBy(AgendaItem, { meetingId: meeting.id });
      const item = input.agendaItemId
        ? items.find((candidate) => candidate.id === input.agendaItemId)
        : undefined;
      if (input.agendaItemId && !item) {
        throw badUserInput('agendaItemId', 'is not an item on this meeting’s agenda');
      }
      if (input.reportId) {
        const onAgenda = item
          ? item.reportId === input.reportId
          : items.some((candidate) => candidate.reportId === input.reportId);
        if (!onAgenda) throw badUserInput('reportId', 'is not a report on that agenda item');
        await this.review.issuedReport(actor, input.reportId, 'reportId');
      }
      return this.review.record(
        actor,
        {
          reportId: input.reportId ?? null,
          meetingId: meeting.id,
          agendaItemId: item?.id ?? null,
        },
        {
          kind: input.kind,
          text: input.text,
          followUps: input.commitments,
          followUpsField: 'commitments',
        },
        manager,
      );
    });
  }

  decisionsLoader(loaders: RequestLoaders) {
    return loaders.get<string, ReviewEntry[]>('meetings.decisions', async (meetingIds) => {
      const rows = await this.dataSource.getRepository(ReviewEntry).find({
        where: { meetingId: In([...meetingIds]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupByKey(meetingIds, rows, (entry) => entry.meetingId as string);
    });
  }

  /**
   * Open commitments set at earlier meetings of the same forum: worked out each time, so one
   * shows on every later meeting until it is done.
   */
  carriedCommitmentsLoader(loaders: RequestLoaders) {
    return loaders.get<string, CarriedCommitment[]>(
      'meetings.carriedCommitments',
      async (meetingIds) => {
        const rows = EntityRows.of(this.followUps);
        const found: Record<string, unknown>[] = await this.dataSource.query(
          `SELECT m.id AS "ofMeeting", (earlier.state = 'MINUTES_APPROVED') AS "approved",
                  ${rows.columns('t')}
           FROM meeting m
           JOIN meeting earlier ON earlier.forum_id = m.forum_id AND earlier.starts_at < m.starts_at
           JOIN review_entry r ON r.meeting_id = earlier.id
           JOIN follow_up t ON t.decision_id = r.id
           WHERE m.id = ANY($1) AND t.completed_on IS NULL
           ORDER BY t.due_date, t.id`,
          [meetingIds],
        );
        return groupByKey(meetingIds, found, (row) => row['ofMeeting'] as string).map((group) =>
          group.map((row) => ({
            followUp: rows.fromRow(row),
            fromApprovedMinutes: row['approved'] as boolean,
          })),
        );
      },
    );
  }

  // Shared

  private async locked<T extends { id: string }>(
    manager: EntityManager,
    entity: new () => T,
    name: string,
    id: string,
    field: string,
  ): Promise<T> {
    const found = await manager.findOne(entity, {
      // TypeORM cannot see that a generic T's `id` is a column (as in updateVersioned).
      where: { id } as never,
      lock: { mode: 'pessimistic_write' },
    });
    if (!found) throw notFound(name, id, field);
    return found;
  }

  /** A transaction whose database refusals become the API's own errors. */
  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'forum_member_current')) {
        throw conflict('The person already holds a seat on this forum', { field: 'personId' });
      }
      throw frozenError(error) ?? error;
    }
  }
}
