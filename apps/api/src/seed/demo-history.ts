import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';

import { User, UsersService } from '@cynnydd/access/data-access';
import { DirectoryService } from '@cynnydd/directory/data-access';
import { NotificationsService } from '@cynnydd/notifications/data-access';
import { ActionHandoverService } from '@cynnydd/plans/data-access';
import {
  ReportingPeriod,
  ReportingPeriodsService,
  StatusUpdate,
  UpdateRoundService,
} from '@cynnydd/reporting/data-access';
import { FollowUp, ReportsService, ReviewService } from '@cynnydd/reports/data-access';
import {
  financialYearLabel,
  quarterRange,
  RagStatus,
  ReportAudience,
  ReviewEntryKind,
  Role,
  type Actor,
  type Quarter,
} from '@cynnydd/shared/domain';

import {
  BOARD_PAPERS,
  CURRENT_ROUNDS,
  LEAVER,
  NOTICES_READ_ON,
  type BoardPaperSeed,
  type FollowUpSeed,
  type ReviewEntrySeed,
  type RoundSeed,
} from './demo-board-papers';
import { addDays, UPDATE_DEADLINE_DAYS } from './demo-dates';
import type { DemoEvent } from './demo-lookups';
import { demoMeasureEvents } from './demo-measures';
import { demoMeetingEvents, type BoardMeeting, type BoardMeetingFinder } from './demo-meetings';
import { demoPartnershipEvents } from './demo-partnership';
import { demoPublicationEvents } from './demo-publications';
import { demoRiskEvents } from './demo-risks';
import { openDemoServices, SeedClock } from './demo-services';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';

/** The financial year whose update rounds are run through the services. */
export const CURRENT_YEAR = 2026;

/**
 * Columns PostgreSQL fills from its own clock, which the seed cannot wind back: each event's rows
 * are given the event's time instead, so notices and minutes read as the day they happened. The
 * audit trail (append-only) keeps the real time they were written.
 */
const DATABASE_STAMPED: [table: string, column: string][] = [
  ['notification', 'created_at'],
  ['notification', 'read_at'],
  ['review_entry', 'created_at'],
  ['follow_up', 'created_at'],
  ['follow_up', 'updated_at'],
  ['reporting_period', 'created_at'],
  ['reporting_period', 'updated_at'],
  ['risk', 'created_at'],
  ['engagement_record', 'created_at'],
  ['engagement_record', 'updated_at'],
  ['partnership_assessment', 'created_at'],
  ['partnership_assessment', 'updated_at'],
  ['risk', 'updated_at'],
];

export interface DemoYearInput {
  personIds: Map<string, string>;
  /** The current year's updates by quarter, filed once their round is opened. */
  updatesByQuarter: Map<Quarter, Partial<StatusUpdate>[]>;
}

/**
 * Plays the programme's past year through the product's own services, each step on its day:
 * the current year's update rounds (opened with notices to leads, reminded, closed), the board
 * papers issued each quarter (built and frozen by the report code), and the boards' comments,
 * decisions and follow-ups on them.
 */
export async function playDemoYear(dataSource: DataSource, input: DemoYearInput): Promise<void> {
  const services = await openDemoServices(dataSource.options);
  try {
    await new DemoYear(dataSource, services, input).play();
  } finally {
    await services.close();
  }
}

class DemoYear {
  private readonly clock: SeedClock;
  private readonly events: DemoEvent[] = [];
  private readonly followUpIds = new Map<FollowUpSeed, string>();
  private boardMeeting: BoardMeetingFinder = () => null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly services: INestApplicationContext,
    private readonly input: DemoYearInput,
  ) {
    this.clock = services.get(SeedClock);
  }

  async play(): Promise<void> {
    const actors = await this.demoActors();
    const office = actors.find((actor) => actor.role === Role.PROGRAMME_OFFICE) as Actor;
    const board = actors.find((actor) => actor.role === Role.BOARD_MEMBER) as Actor;
    const leads = actors.filter((actor) => actor.role === Role.LEAD);
    const admin = actors.find((actor) => actor.role === Role.ADMIN) as Actor;

    for (const round of CURRENT_ROUNDS) this.scheduleRound(round, office);
    const meetings = demoMeetingEvents(
      this.dataSource,
      this.services,
      this.input.personIds,
      actors,
    );
    for (const { at, run } of meetings.events) this.schedule(at, run);
    this.boardMeeting = meetings.boardMeeting;
    for (const { at, run } of demoPartnershipEvents(this.dataSource, this.services, office)) {
      this.schedule(at, run);
    }
    for (const paper of BOARD_PAPERS) this.schedulePaper(paper, office, board);
    for (const { at, run } of demoPublicationEvents(this.dataSource, this.services, office)) {
      this.schedule(at, run);
    }
    this.schedule(`${NOTICES_READ_ON}T08:30:00Z`, () => this.readNotices(leads));
    this.scheduleLeaver(admin);
    // The register is set up in January, so every board paper of the year finds risks on it.
    for (const played of [demoMeasureEvents, demoRiskEvents]) {
      const events = played(this.dataSource, this.services, this.input.personIds, office, leads);
      for (const { at, run } of events) this.schedule(at, run);
    }

    this.events.sort((a, b) => a.at.localeCompare(b.at));
    for (const event of this.events) await this.on(event);
  }

  private schedule(at: string, run: () => Promise<void>): void {
    this.events.push({ at, run });
  }

  /** Runs the event as at its time, then dates the rows the database stamped with that time. */
  private async on({ at, run }: DemoEvent): Promise<void> {
    const instant = new Date(at);
    this.clock.setTo(instant);
    const [{ started }] = await this.dataSource.query(`SELECT clock_timestamp() AS started`);
    await run();
    for (const [table, column] of DATABASE_STAMPED) {
      await this.dataSource.query(
        `UPDATE "${table}" SET "${column}" = $1 WHERE "${column}" >= $2`,
        [instant, started],
      );
    }
  }

  private scheduleRound(round: RoundSeed, office: Actor): void {
    const periods = this.services.get(ReportingPeriodsService);
    const find = () => this.period(CURRENT_YEAR, round.quarter);
    this.schedule(`${round.openedOn}T09:00:00Z`, async () => {
      const { endDate } = quarterRange(CURRENT_YEAR, round.quarter);
      const period = await periods.createPeriod(office, {
        financialYear: financialYearLabel(CURRENT_YEAR),
        quarter: round.quarter,
        updateDeadline: addDays(endDate, UPDATE_DEADLINE_DAYS),
      });
      // The leads' updates for the round, each as submitted on its own day.
      const updates = (this.input.updatesByQuarter.get(round.quarter) ?? []).map((update) => ({
        ...update,
        reportingPeriodId: period.id,
      }));
      for (let i = 0; i < updates.length; i += 500) {
        await this.dataSource.manager.insert(StatusUpdate, updates.slice(i, i + 500));
      }
    });
    if (round.remindedOn) {
      this.schedule(`${round.remindedOn}T10:00:00Z`, async () => {
        await this.services.get(UpdateRoundService).remind((await find()).id);
      });
    }
    if (round.closedOn) {
      this.schedule(`${round.closedOn}T17:00:00Z`, async () => {
        const period = await find();
        await periods.closePeriod(office, { id: period.id, expectedVersion: period.version });
      });
    }
  }

  /** A lead's account from their first day, deactivated when they leave, actions handed on. */
  private scheduleLeaver(admin: Actor): void {
    const personId = this.input.personIds.get(LEAVER.personKey) as string;
    let userId = '';
    this.schedule(`${LEAVER.joinedOn}T09:00:00Z`, async () => {
      const person = await this.services.get(DirectoryService).getPerson(personId);
      const user = await this.services.get(UsersService).create(admin, {
        email: person.email,
        role: Role.LEAD,
        personId,
        password: DEMO_PASSWORD,
      });
      userId = user.id;
    });
    this.schedule(`${LEAVER.leftOn}T16:00:00Z`, async () => {
      const handover = this.services.get(ActionHandoverService);
      const successorId = this.input.personIds.get(LEAVER.successorKey) as string;
      const { version } = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
      const [owned] = await handover.openActionsOwnedBy([personId]);
      await handover.deactivate(admin, {
        id: userId,
        expectedVersion: version,
        handovers: owned.map((action) => ({ actionId: action.id, newOwnerId: successorId })),
      });
    });
  }

  private schedulePaper(paper: BoardPaperSeed, office: Actor, board: Actor): void {
    const reports = this.services.get(ReportsService);
    let reportId = '';
    this.schedule(`${paper.issuedOn}T10:00:00Z`, async () => {
      const period = await this.period(paper.financialYear, paper.quarter);
      const draft = await reports.create(office, {
        reportingPeriodId: period.id,
        audience: paper.audience as ReportAudience,
        executiveSummary: paper.executiveSummary,
      });
      reportId = (await reports.issue(office, { id: draft.id, expectedVersion: draft.version })).id;
    });
    if (!paper.review) return;
    const { on, entries } = paper.review;
    this.schedule(`${on}T14:00:00Z`, async () => {
      // Minuted at the board's meeting on the paper: one record, the report's and the meeting's.
      const meeting = this.boardMeeting(paper);
      for (const entry of entries) await this.review(board, reportId, entry, meeting);
    });
    for (const followUp of entries.flatMap((entry) => entry.followUps ?? [])) {
      if (!followUp.doneOn) continue;
      const doneOn = followUp.doneOn;
      this.schedule(`${doneOn}T11:00:00Z`, async () => {
        const id = this.followUpIds.get(followUp) as string;
        const { version } = await this.dataSource.getRepository(FollowUp).findOneByOrFail({ id });
        await this.services
          .get(ReviewService)
          .complete(board, { id, expectedVersion: version, completedOn: doneOn });
      });
    }
  }

  /** A board member records the entry, about one of the report's exceptions if it says so. */
  private async review(
    board: Actor,
    reportId: string,
    entry: ReviewEntrySeed,
    meeting: BoardMeeting | null,
  ): Promise<void> {
    const report = await this.services.get(ReportsService).get(board, reportId);
    const exceptions = report.snapshot?.actions.filter(
      (line) => line.rag === RagStatus.RED || line.rag === RagStatus.AMBER,
    );
    const about =
      entry.about === 'RED'
        ? (exceptions?.find((line) => line.rag === RagStatus.RED) ?? exceptions?.[0])
        : entry.about === 'AMBER'
          ? exceptions?.find((line) => line.rag === RagStatus.AMBER)
          : undefined;
    const followUps = entry.followUps ?? [];
    const created = await this.services.get(ReviewService).record(
      board,
      { reportId, actionId: about?.actionId ?? null, ...meeting },
      {
        kind: entry.kind as ReviewEntryKind,
        text: entry.text,
        followUps: followUps.map((followUp) => ({
          title: followUp.title,
          ownerId: this.input.personIds.get(followUp.ownerKey) as string,
          dueDate: followUp.dueDate,
        })),
      },
    );
    if (!followUps.length) return;
    const saved = await this.dataSource.getRepository(FollowUp).findBy({ decisionId: created.id });
    for (const followUp of followUps) {
      const match = saved.find((row) => row.title.en === followUp.title.en);
      if (match) this.followUpIds.set(followUp, match.id);
    }
  }

  /** The demo leads have read the notices of the rounds already closed. */
  private async readNotices(leads: Actor[]): Promise<void> {
    const notifications = this.services.get(NotificationsService);
    for (const lead of leads) {
      const personId = lead.personId as string;
      const notices = await notifications.latestFor(personId, 100);
      await notifications.markRead(
        personId,
        notices.map((notice) => notice.id),
      );
    }
  }

  private period(financialYear: number, quarter: Quarter): Promise<ReportingPeriod> {
    return this.dataSource
      .getRepository(ReportingPeriod)
      .findOneByOrFail({ financialYear, quarter });
  }

  private async demoActors(): Promise<Actor[]> {
    const users = await this.dataSource
      .getRepository(User)
      .findBy(DEMO_USERS.map((user) => ({ email: user.email })));
    return users.map((user) => ({
      userId: user.id,
      email: user.email,
      role: user.role,
      personId: user.personId,
    }));
  }
}
