import {
  Args,
  Context,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import {
  DirectoryService,
  OrganisationModel,
  PersonModel,
  toOrganisationModel,
  toPersonModel,
} from '@cynnydd/directory/data-access';
import { MeasureModel, MeasuresService, toMeasureModel } from '@cynnydd/measures/data-access';
import { ActionModel, ActionsService, toActionModel } from '@cynnydd/plans/data-access';
import {
  FollowUpModel,
  ReportModel,
  ReportsService,
  ReviewEntryModel,
  toFollowUpModel,
  toReportModel,
  toReviewEntryModel,
} from '@cynnydd/reports/data-access';
import { RiskModel, RisksService, toRiskModel } from '@cynnydd/risks/data-access';
import {
  badUserInput,
  BilingualTextModel,
  CurrentActor,
  guaranteed,
  RequirePermission,
  UuidPipe,
  type GraphQLContext,
  type RequestLoaders,
} from '@cynnydd/server/core';
import { MeetingState, Permission, type Actor } from '@cynnydd/shared/domain';

import {
  AddAgendaItemInput,
  AddForumMemberInput,
  AgendaItemMinutesInput,
  AttendanceAuditArgs,
  CreateForumInput,
  EndForumMembershipInput,
  MeetingsArgs,
  MeetingsAuditArgs,
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
import { canManageMeetings, maySeeDrafts } from './meeting-rules';
import { MeetingsAuditService } from './meetings-audit.service';
import { MeetingsService } from './meetings.service';
import {
  AgendaItemModel,
  AttendanceModel,
  CommitmentsKeptModel,
  ForumAttendanceModel,
  ForumMemberModel,
  ForumModel,
  MeetingModel,
  MeetingScheduleModel,
  toAgendaItemModel,
  toAttendanceModel,
  toForumMemberModel,
  toForumModel,
  toMeetingModel,
} from './models/meeting.model';
import { MeetingNoticeService } from './notice/meeting-notice.service';

/** Whether the actor may see unapproved minutes of the forum's meetings. */
async function draftsVisible(
  service: MeetingsService,
  loaders: RequestLoaders,
  actor: Actor,
  forumId: string,
): Promise<boolean> {
  const seats = await service.membersLoader(loaders).load(forumId);
  const current = seats.filter((seat) => !seat.leftOn).map((seat) => seat.personId);
  return maySeeDrafts(actor, current);
}

/** Whether the actor may see a meeting's minutes, decisions and attendance. */
async function minutesVisible(
  service: MeetingsService,
  loaders: RequestLoaders,
  actor: Actor,
  meeting: Pick<MeetingModel, 'state' | 'forumId'>,
): Promise<boolean> {
  return (
    meeting.state === MeetingState.MINUTES_APPROVED ||
    draftsVisible(service, loaders, actor, meeting.forumId)
  );
}

/** Loads many by id through a loader, in the order given, failing loudly on a missing one. */
async function loadAll<T, M>(
  loader: { loadMany(ids: readonly string[]): Promise<(T | null | Error)[]> },
  ids: readonly string[],
  what: string,
  toModel: (entity: T) => M,
): Promise<M[]> {
  const found = await loader.loadMany(ids);
  return found.map((row) => toModel(guaranteed(row instanceof Error ? null : row, what)));
}

@Resolver(() => ForumModel)
export class ForumsResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @Query(() => [ForumModel], { description: 'Every forum, active ones first, by name.' })
  @RequirePermission(Permission.READ)
  async forums(): Promise<ForumModel[]> {
    return (await this.meetings.listForums()).map(toForumModel);
  }

  @Query(() => ForumModel)
  @RequirePermission(Permission.READ)
  async forum(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<ForumModel> {
    return toForumModel(await this.meetings.getForum(id));
  }

  @Mutation(() => ForumModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async createForum(@Args('input') input: CreateForumInput, @CurrentActor() actor: Actor) {
    return toForumModel(await this.meetings.createForum(actor, input));
  }

  @Mutation(() => ForumModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async updateForum(@Args('input') input: UpdateForumInput, @CurrentActor() actor: Actor) {
    return toForumModel(await this.meetings.updateForum(actor, input));
  }

  @ResolveField(() => [ForumMemberModel], {
    description: 'Seats: current ones first (chairs first), then those that ended.',
  })
  async members(@Parent() forum: ForumModel, @Context() { loaders }: GraphQLContext) {
    return (await this.meetings.membersLoader(loaders).load(forum.id)).map(toForumMemberModel);
  }
}

@Resolver(() => ForumMemberModel)
export class ForumMembersResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly directory: DirectoryService,
  ) {}

  @Mutation(() => ForumMemberModel, {
    description: 'Gives a person a seat; they represent their own organisation unless told.',
  })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async addForumMember(@Args('input') input: AddForumMemberInput, @CurrentActor() actor: Actor) {
    return toForumMemberModel(await this.meetings.addMember(actor, input));
  }

  @Mutation(() => ForumMemberModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async updateForumMember(
    @Args('input') input: UpdateForumMemberInput,
    @CurrentActor() actor: Actor,
  ) {
    return toForumMemberModel(await this.meetings.updateMember(actor, input));
  }

  @Mutation(() => ForumMemberModel, { description: 'Ends a seat; its history stays.' })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async endForumMembership(
    @Args('input') input: EndForumMembershipInput,
    @CurrentActor() actor: Actor,
  ) {
    return toForumMemberModel(await this.meetings.endMembership(actor, input));
  }

  @ResolveField(() => PersonModel)
  async person(@Parent() member: ForumMemberModel, @Context() { loaders }: GraphQLContext) {
    const person = await this.directory.personLoader(loaders).load(member.personId);
    return toPersonModel(guaranteed(person, 'Person'));
  }

  @ResolveField(() => OrganisationModel, { description: 'Whom they represent on the forum.' })
  async representing(@Parent() member: ForumMemberModel, @Context() { loaders }: GraphQLContext) {
    const organisation = await this.directory
      .organisationLoader(loaders)
      .load(member.representingId);
    return toOrganisationModel(guaranteed(organisation, 'Organisation'));
  }

  @ResolveField(() => ForumModel)
  async forum(@Parent() member: ForumMemberModel, @Context() { loaders }: GraphQLContext) {
    const forum = await this.meetings.forumLoader(loaders).load(member.forumId);
    return toForumModel(guaranteed(forum, 'Forum'));
  }
}

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly service: MeetingsService,
    private readonly directory: DirectoryService,
    private readonly notices: MeetingNoticeService,
  ) {}

  @Query(() => [MeetingModel], { description: 'Meetings by start, earliest first.' })
  @RequirePermission(Permission.READ)
  async meetings(@Args() args: MeetingsArgs): Promise<MeetingModel[]> {
    return (await this.service.list(args)).map(toMeetingModel);
  }

  @Query(() => MeetingScheduleModel, {
    description: 'Meetings to come, and a page of those already over, latest first.',
  })
  @RequirePermission(Permission.READ)
  async meetingSchedule(@Args() args: MeetingScheduleArgs): Promise<MeetingScheduleModel> {
    const { upcoming, past, pastCount } = await this.service.upcomingAndPast(args);
    return {
      upcoming: upcoming.map(toMeetingModel),
      past: past.map(toMeetingModel),
      pastCount,
    };
  }

  @Query(() => MeetingModel)
  @RequirePermission(Permission.READ)
  async meeting(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<MeetingModel> {
    return toMeetingModel(await this.service.getMeeting(id));
  }

  @Mutation(() => MeetingModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async scheduleMeeting(@Args('input') input: ScheduleMeetingInput, @CurrentActor() actor: Actor) {
    return toMeetingModel(await this.service.schedule(actor, input));
  }

  @Mutation(() => MeetingModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async updateMeeting(@Args('input') input: UpdateMeetingInput, @CurrentActor() actor: Actor) {
    return toMeetingModel(await this.service.update(actor, input));
  }

  @Mutation(() => MeetingModel, {
    description:
      'Cancels a meeting not yet held; if its notice went out, members are told and sent a calendar cancellation.',
  })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async cancelMeeting(@Args('input') input: MeetingsVersionInput, @CurrentActor() actor: Actor) {
    return toMeetingModel(await this.notices.cancel(actor, input));
  }

  @Mutation(() => MeetingModel, { description: 'The meeting took place: minutes may be drafted.' })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async markMeetingHeld(@Args('input') input: MeetingsVersionInput, @CurrentActor() actor: Actor) {
    return toMeetingModel(await this.service.markHeld(actor, input));
  }

  @Mutation(() => MeetingModel, {
    description: 'A chair of the forum approves the minutes; the meeting is then frozen.',
  })
  @RequirePermission(Permission.READ)
  async approveMinutes(@Args('input') input: MeetingsVersionInput, @CurrentActor() actor: Actor) {
    return toMeetingModel(await this.service.approveMinutes(actor, input));
  }

  @Mutation(() => AgendaItemModel, { description: 'Adds an item at the end of the agenda.' })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async addAgendaItem(@Args('input') input: AddAgendaItemInput, @CurrentActor() actor: Actor) {
    return toAgendaItemModel(await this.service.addAgendaItem(actor, input));
  }

  @Mutation(() => AgendaItemModel)
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async updateAgendaItem(
    @Args('input') input: UpdateAgendaItemInput,
    @CurrentActor() actor: Actor,
  ) {
    return toAgendaItemModel(await this.service.updateAgendaItem(actor, input));
  }

  @Mutation(() => AgendaItemModel, { description: 'The minutes of one item, in both languages.' })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async updateAgendaItemMinutes(
    @Args('input') input: AgendaItemMinutesInput,
    @CurrentActor() actor: Actor,
  ) {
    return toAgendaItemModel(await this.service.updateAgendaItemMinutes(actor, input));
  }

  @Mutation(() => MeetingModel, { description: 'Removes an item; the rest close up.' })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async removeAgendaItem(@Args('input') input: MeetingsVersionInput, @CurrentActor() actor: Actor) {
    return toMeetingModel(await this.service.removeAgendaItem(actor, input));
  }

  @Mutation(() => MeetingModel, { description: 'Moves an item; positions stay 1 … n.' })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async moveAgendaItem(@Args('input') input: MoveAgendaItemInput, @CurrentActor() actor: Actor) {
    return toMeetingModel(await this.service.moveAgendaItem(actor, input));
  }

  @Mutation(() => [AttendanceModel], { description: 'Who came, sent a deputy, or did not.' })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async recordAttendance(
    @Args('input') input: RecordAttendanceInput,
    @CurrentActor() actor: Actor,
  ) {
    return (await this.service.recordAttendance(actor, input)).map(toAttendanceModel);
  }

  @Mutation(() => AttendanceModel, {
    description: 'A current member of the forum sends their own apologies.',
  })
  @RequirePermission(Permission.READ)
  async sendApologies(
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @CurrentActor() actor: Actor,
  ) {
    return toAttendanceModel(await this.service.sendApologies(actor, meetingId));
  }

  @Mutation(() => ReviewEntryModel, {
    description: 'Minutes a comment or decision; a decision may set commitments (follow-ups).',
  })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async recordMeetingDecision(
    @Args('input') input: RecordMeetingDecisionInput,
    @CurrentActor() actor: Actor,
  ) {
    return toReviewEntryModel(await this.service.recordDecision(actor, input));
  }

  @ResolveField(() => ForumModel)
  async forum(@Parent() meeting: MeetingModel, @Context() { loaders }: GraphQLContext) {
    const forum = await this.service.forumLoader(loaders).load(meeting.forumId);
    return toForumModel(guaranteed(forum, 'Forum'));
  }

  @ResolveField(() => [AgendaItemModel], { description: 'In order.' })
  async agenda(@Parent() meeting: MeetingModel, @Context() { loaders }: GraphQLContext) {
    return (await this.service.agendaLoader(loaders).load(meeting.id)).map(toAgendaItemModel);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you see its minutes, decisions and attendance: always once approved; before that, the programme office and the forum’s members only (others get null or empty lists).',
  })
  minutesVisible(
    @Parent() meeting: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ) {
    return minutesVisible(this.service, loaders, actor, meeting);
  }

  @ResolveField(() => [AttendanceModel], { description: 'Empty while hidden from you.' })
  async attendance(
    @Parent() meeting: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ) {
    if (!(await minutesVisible(this.service, loaders, actor, meeting))) return [];
    return (await this.service.attendanceLoader(loaders).load(meeting.id)).map(toAttendanceModel);
  }

  @ResolveField(() => [ReviewEntryModel], {
    description: 'Comments and decisions minuted, oldest first; empty while hidden from you.',
  })
  async decisions(
    @Parent() meeting: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ) {
    if (!(await minutesVisible(this.service, loaders, actor, meeting))) return [];
    return (await this.service.decisionsLoader(loaders).load(meeting.id)).map(toReviewEntryModel);
  }

  @ResolveField(() => [FollowUpModel], {
    description:
      'Commitments from earlier meetings of the forum not yet done, by due date: they appear on each next meeting until completed. Those from unapproved minutes only for whoever may see them.',
  })
  async carriedCommitments(
    @Parent() meeting: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ) {
    const privileged = await draftsVisible(this.service, loaders, actor, meeting.forumId);
    return (await this.service.carriedCommitmentsLoader(loaders).load(meeting.id))
      .filter((carried) => privileged || carried.fromApprovedMinutes)
      .map((carried) => toFollowUpModel(carried.followUp));
  }

  @ResolveField(() => PersonModel, { nullable: true, description: 'The chair who approved.' })
  async minutesApprovedBy(@Parent() meeting: MeetingModel, @Context() { loaders }: GraphQLContext) {
    if (!meeting.minutesApprovedById) return null;
    const person = await this.directory.personLoader(loaders).load(meeting.minutesApprovedById);
    return toPersonModel(guaranteed(person, 'Person'));
  }

  @ResolveField(() => Boolean, { description: 'Whether you schedule and minute meetings.' })
  canManage(@CurrentActor() actor: Actor): boolean {
    return canManageMeetings(actor);
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether you may send your apologies: you sit on the forum and it is not yet held.',
  })
  async canSendApologies(
    @Parent() meeting: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ) {
    if (meeting.state !== MeetingState.SCHEDULED) return false;
    const seats = await this.service.membersLoader(loaders).load(meeting.forumId);
    return seats.some((seat) => !seat.leftOn && seat.personId === actor.personId);
  }

  @ResolveField(() => Boolean, { description: 'Whether you chair the forum (and so approve).' })
  async canApprove(
    @Parent() meeting: MeetingModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ) {
    const seats = await this.service.membersLoader(loaders).load(meeting.forumId);
    return seats.some((seat) => !seat.leftOn && seat.isChair && seat.personId === actor.personId);
  }
}

@Resolver(() => AgendaItemModel)
export class AgendaItemsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly reports: ReportsService,
    private readonly directory: DirectoryService,
    private readonly actionsService: ActionsService,
    private readonly measuresService: MeasuresService,
    private readonly risksService: RisksService,
  ) {}

  @ResolveField(() => BilingualTextModel, {
    nullable: true,
    description: 'Null while the meeting’s minutes are hidden from you.',
  })
  async minutes(
    @Parent() item: AgendaItemModel,
    @CurrentActor() actor: Actor,
    @Context() { loaders }: GraphQLContext,
  ) {
    const meeting = await this.meetings.meetingLoader(loaders).load(item.meetingId);
    const visible = await minutesVisible(
      this.meetings,
      loaders,
      actor,
      guaranteed(meeting, 'Meeting'),
    );
    return visible ? item.draftMinutes : null;
  }

  @ResolveField(() => ReportModel, { nullable: true, description: 'The issued report tabled.' })
  async report(@Parent() item: AgendaItemModel, @Context() { loaders }: GraphQLContext) {
    if (!item.reportId) return null;
    const report = await this.reports.issuedLoader(loaders).load(item.reportId);
    return toReportModel(guaranteed(report, 'Report'));
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async presenter(@Parent() item: AgendaItemModel, @Context() { loaders }: GraphQLContext) {
    if (!item.presenterId) return null;
    const person = await this.directory.personLoader(loaders).load(item.presenterId);
    return toPersonModel(guaranteed(person, 'Person'));
  }

  @ResolveField(() => [ActionModel])
  async actions(@Parent() item: AgendaItemModel, @Context() { loaders }: GraphQLContext) {
    const { actionIds } = await this.meetings.agendaLinksLoader(loaders).load(item.id);
    return loadAll(this.actionsService.actionLoader(loaders), actionIds, 'Action', toActionModel);
  }

  @ResolveField(() => [MeasureModel])
  async measures(@Parent() item: AgendaItemModel, @Context() { loaders }: GraphQLContext) {
    const { measureIds } = await this.meetings.agendaLinksLoader(loaders).load(item.id);
    return loadAll(
      this.measuresService.measureLoader(loaders),
      measureIds,
      'Measure',
      toMeasureModel,
    );
  }

  @ResolveField(() => [RiskModel])
  async risks(@Parent() item: AgendaItemModel, @Context() { loaders }: GraphQLContext) {
    const { riskIds } = await this.meetings.agendaLinksLoader(loaders).load(item.id);
    return loadAll(this.risksService.riskLoader(loaders), riskIds, 'Risk', toRiskModel);
  }
}

@Resolver(() => AttendanceModel)
export class AttendanceResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @ResolveField(() => ForumMemberModel, { description: 'The seat.' })
  async member(@Parent() attendance: AttendanceModel, @Context() { loaders }: GraphQLContext) {
    const member = await this.meetings.memberLoader(loaders).load(attendance.memberId);
    return toForumMemberModel(guaranteed(member, 'ForumMember'));
  }
}

/** Where a review entry was minuted, when it was at a meeting. */
@Resolver(() => ReviewEntryModel)
export class MeetingReviewEntryResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @ResolveField(() => MeetingModel, { nullable: true, description: 'The meeting that minuted it.' })
  async meeting(@Parent() entry: ReviewEntryModel, @Context() { loaders }: GraphQLContext) {
    if (!entry.meetingId) return null;
    const meeting = await this.meetings.meetingLoader(loaders).load(entry.meetingId);
    return toMeetingModel(guaranteed(meeting, 'Meeting'));
  }

  @ResolveField(() => ID, { nullable: true, description: 'The agenda item it was made under.' })
  agendaItemId(@Parent() entry: ReviewEntryModel): string | null {
    return entry.agendaItemId;
  }
}

/** How well forums are attended and their commitments kept, over a span of days. */
@Resolver()
export class MeetingsAuditResolver {
  constructor(private readonly audit: MeetingsAuditService) {}

  @Query(() => [ForumAttendanceModel], {
    description:
      'Per forum, organisation represented and seat: meetings, present, represented by a deputy, apologies, absent, rate, deputies and the longest run missed (flagged at 3). Held meetings for the programme office; meetings with approved minutes for everyone else.',
  })
  @RequirePermission(Permission.READ)
  attendanceAudit(@Args() args: AttendanceAuditArgs, @CurrentActor() actor: Actor) {
    assertSpan(args);
    return this.audit.attendance(args, !canManageMeetings(actor));
  }

  @Query(() => [CommitmentsKeptModel], {
    description:
      'Per forum: commitments set at its meetings in the span, by where they stand today.',
  })
  @RequirePermission(Permission.READ)
  commitmentsKept(@Args() args: MeetingsAuditArgs, @CurrentActor() actor: Actor) {
    assertSpan(args);
    return this.audit.commitmentsKept(args, !canManageMeetings(actor));
  }
}

function assertSpan(span: { from: string; to: string }): void {
  if (span.to < span.from) throw badUserInput('to', 'must be on or after from');
}

@Resolver()
export class MeetingNoticesResolver {
  constructor(private readonly notices: MeetingNoticeService) {}

  @Mutation(() => MeetingModel, {
    description:
      'Tells every current member, in the dashboard and by e-mail (Welsh first) with a calendar invitation; sent again, the invitation updates the same calendar entry.',
  })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  async sendMeetingNotice(
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @CurrentActor() actor: Actor,
  ) {
    return toMeetingModel(await this.notices.sendNotice(actor, meetingId));
  }

  @Mutation(() => Int, {
    description:
      'E-mails the briefing note (.docx, both languages) to current members who were not there themselves; returns how many.',
  })
  @RequirePermission(Permission.MANAGE_MEETINGS)
  sendBriefingNote(
    @Args('meetingId', { type: () => ID }, UuidPipe) meetingId: string,
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    return this.notices.sendBriefing(actor, meetingId);
  }
}
