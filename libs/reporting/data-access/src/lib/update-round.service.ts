import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import {
  Organisation,
  Person,
  toOrganisationModel,
  toPersonModel,
} from '@cynnydd/directory/data-access';
import {
  ExpectedFiguresService,
  Measure,
  toExpectedFigureModel,
  toMeasureModel,
  type ExpectedFigure,
  type MeasureModel,
} from '@cynnydd/measures/data-access';
import { NotificationsService } from '@cynnydd/notifications/data-access';
import { Action, toActionModel } from '@cynnydd/plans/data-access';
import {
  RiskReviewsDueService,
  toRiskModel,
  type ExpectedRiskReview,
  type Risk,
} from '@cynnydd/risks/data-access';
import {
  badUserInput,
  ChangeChannel,
  Clock,
  DataChangeFeed,
  RevisionCache,
} from '@cynnydd/server/core';
import { compareReferences } from '@cynnydd/shared/domain';
import { StrategyService, toStrategicAreaModel } from '@cynnydd/strategy/data-access';

import { ExpectedUpdatesService, type ExpectedUpdate } from './expected-updates.service';
import { toReportingPeriodModel } from './models/reporting-period.model';
import {
  RoundProgressModel,
  type FigureRoundModel,
  type OwnerRoundModel,
  type RemindersSentModel,
  type RiskReviewRoundModel,
  type UpdateRoundModel,
} from './models/update-round.model';
import type { ReportingPeriod } from './reporting-period.entity';
import { ReportingPeriodsService } from './reporting-periods.service';
import { figureReminderNotices, reminderNotices, riskReviewReminderNotices } from './round-notices';

function count(progress: RoundProgressModel, updated: boolean): void {
  progress.expected += 1;
  progress[updated ? 'updated' : 'outstanding'] += 1;
}

const mostOutstanding = (a: RoundProgressModel, b: RoundProgressModel) =>
  b.outstanding - a.outstanding;

/** Something the round asks one owner for (a figure, a risk review), and whether it is in. */
interface OwnedItem {
  ownerId: string;
  done: boolean;
}

const figureItem = (figure: ExpectedFigure): OwnedItem => ({
  ownerId: figure.ownerId,
  done: figure.given,
});
const reviewItem = ({ risk, reviewed }: ExpectedRiskReview): OwnedItem => ({
  ownerId: risk.ownerId,
  done: reviewed,
});

/** Those not yet in, of one owner (`ownerId`) or everyone's (null). */
function stillDue<T>(items: T[], item: (t: T) => OwnedItem, ownerId: string | null): T[] {
  return items.filter((t) => {
    const { done, ownerId: owner } = item(t);
    return !done && (ownerId === null || owner === ownerId);
  });
}

/** The operational group's view of an update round: who has reported, and reminders. */
@Injectable()
export class UpdateRoundService {
  /**
   * Rounds built while the data stays still, by day and period. The tracker asks for its
   * figures and its lists apart (the figures drawn with the page, the lists after it), and
   * each would otherwise build the round from every action, figure and risk review in it.
   */
  private readonly built: RevisionCache<UpdateRoundModel>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: ReportingPeriodsService,
    private readonly expected: ExpectedUpdatesService,
    private readonly strategy: StrategyService,
    private readonly notifications: NotificationsService,
    private readonly figures: ExpectedFiguresService,
    private readonly reviews: RiskReviewsDueService,
    feed: DataChangeFeed,
    private readonly clock: Clock,
  ) {
    this.built = new RevisionCache(feed, ChangeChannel.Data, { max: 8 });
  }

  track(reportingPeriodId: string): Promise<UpdateRoundModel> {
    return this.built.keep(`${this.clock.today()}/${reportingPeriodId}`, () =>
      this.build(reportingPeriodId),
    );
  }

  private async build(reportingPeriodId: string): Promise<UpdateRoundModel> {
    const period = await this.periods.getPeriod(reportingPeriodId, 'reportingPeriodId');
    // Figures and risk reviews need nothing of the updates: read alongside, not after them.
    const [expected, areas, figures, riskReviews] = await Promise.all([
      this.expected.expectedIn(period),
      this.strategy.listAreas(),
      this.trackFigures(period),
      this.trackRiskReviews(period),
    ]);
    const responsibilities = await this.expected.responsibilities(expected.map((e) => e.actionId));
    const byAction = new Map(expected.map((update) => [update.actionId, update]));

    const overall = new RoundProgressModel();
    const byArea = new Map<string, RoundProgressModel>();
    const byOrganisation = new Map<string, RoundProgressModel>();
    const byPerson = new Map<string, RoundProgressModel>();
    const progressOf = (map: Map<string, RoundProgressModel>, key: string) => {
      const progress = map.get(key) ?? new RoundProgressModel();
      map.set(key, progress);
      return progress;
    };
    for (const update of expected) {
      count(overall, update.updated);
      count(progressOf(byArea, update.areaId), update.updated);
    }
    // An action with two owners in one organisation counts once for it.
    const countedForOrganisation = new Set<string>();
    for (const { actionId, personId, organisationId } of responsibilities) {
      const update = byAction.get(actionId) as ExpectedUpdate;
      count(progressOf(byPerson, personId), update.updated);
      if (!countedForOrganisation.has(`${organisationId}:${actionId}`)) {
        countedForOrganisation.add(`${organisationId}:${actionId}`);
        count(progressOf(byOrganisation, organisationId), update.updated);
      }
    }

    const outstandingIds = expected.filter((e) => !e.updated).map((e) => e.actionId);
    const [people, organisations, outstanding] = await Promise.all([
      this.dataSource.getRepository(Person).findBy({ id: In([...byPerson.keys()]) }),
      this.dataSource.getRepository(Organisation).findBy({ id: In([...byOrganisation.keys()]) }),
      this.dataSource.getRepository(Action).findBy({ id: In(outstandingIds) }),
    ]);

    return {
      reportingPeriod: toReportingPeriodModel(period),
      overall,
      areas: areas.map((area) => ({
        area: toStrategicAreaModel(area),
        progress: byArea.get(area.id) ?? new RoundProgressModel(),
      })),
      organisations: organisations
        .map((organisation) => ({
          organisation: toOrganisationModel(organisation),
          progress: byOrganisation.get(organisation.id) as RoundProgressModel,
        }))
        .sort(
          (a, b) =>
            mostOutstanding(a.progress, b.progress) ||
            a.organisation.code.localeCompare(b.organisation.code),
        ),
      people: people
        .map((person) => ({
          person: toPersonModel(person),
          progress: byPerson.get(person.id) as RoundProgressModel,
        }))
        .sort(
          (a, b) =>
            mostOutstanding(a.progress, b.progress) || a.person.name.localeCompare(b.person.name),
        ),
      outstandingActions: outstanding
        .sort((a, b) => compareReferences(a.reference, b.reference))
        .map(toActionModel),
      figures,
      riskReviews,
    };
  }

  /** The measures' figures the round asks for, overall and per owner, and those still due. */
  private async trackFigures(period: ReportingPeriod): Promise<FigureRoundModel> {
    const expected = await this.figures.expectedIn(period.startDate);
    const due = stillDue(expected, figureItem, null);
    const [progress, measures] = await Promise.all([
      this.ownerProgress(expected.map(figureItem)),
      this.dataSource.getRepository(Measure).findBy({ id: In(due.map((f) => f.measureId)) }),
    ]);
    const measureById = new Map(measures.map((measure) => [measure.id, toMeasureModel(measure)]));
    return {
      ...progress,
      outstanding: due.map((figure) =>
        toExpectedFigureModel(figure, measureById.get(figure.measureId) as MeasureModel),
      ),
    };
  }

  /** The risk reviews the round asks for, overall and per owner, and the risks still due. */
  private async trackRiskReviews(period: ReportingPeriod): Promise<RiskReviewRoundModel> {
    const expected = await this.reviews.expectedIn(period);
    return {
      ...(await this.ownerProgress(expected.map(reviewItem))),
      outstanding: stillDue(expected, reviewItem, null).map(({ risk }) => toRiskModel(risk)),
    };
  }

  /** Overall and per-owner counts of what the round asks owners for; owners read in one go. */
  private async ownerProgress(items: OwnedItem[]): Promise<OwnerRoundModel> {
    const overall = new RoundProgressModel();
    const byOwner = new Map<string, RoundProgressModel>();
    for (const { ownerId, done } of items) {
      count(overall, done);
      const progress = byOwner.get(ownerId) ?? new RoundProgressModel();
      byOwner.set(ownerId, progress);
      count(progress, done);
    }
    const owners = await this.dataSource
      .getRepository(Person)
      .findBy({ id: In([...byOwner.keys()]) });
    return {
      overall,
      people: owners
        .map((person) => ({
          person: toPersonModel(person),
          progress: byOwner.get(person.id) as RoundProgressModel,
        }))
        .sort(
          (a, b) =>
            mostOutstanding(a.progress, b.progress) || a.person.name.localeCompare(b.person.name),
        ),
    };
  }

  /** Figures not yet given for the round, of one owner or everyone's. */
  async figuresDue(period: ReportingPeriod, ownerId: string | null): Promise<ExpectedFigure[]> {
    return stillDue(await this.figures.expectedIn(period.startDate), figureItem, ownerId);
  }

  /** Risks still to review in the round (see RiskReviewsDueService), of one owner or everyone's. */
  async riskReviewsDue(period: ReportingPeriod, ownerId: string | null): Promise<Risk[]> {
    return stillDue(await this.reviews.expectedIn(period), reviewItem, ownerId).map(
      ({ risk }) => risk,
    );
  }

  /** Reminds everyone who answers for an action still without an update in an open period. */
  async remind(reportingPeriodId: string): Promise<RemindersSentModel> {
    const { ids, result } = await this.dataSource.transaction(async (manager) => {
      const period = await this.periods.getPeriod(reportingPeriodId, 'reportingPeriodId', manager);
      if (period.closedAt) {
        throw badUserInput(
          'reportingPeriodId',
          `${toReportingPeriodModel(period).label} is closed; reopen it before sending reminders`,
        );
      }
      const outstanding = (await this.expected.expectedIn(period, manager)).filter(
        (update) => !update.updated,
      );
      const responsibilities = await this.expected.responsibilities(
        outstanding.map((update) => update.actionId),
        manager,
      );
      const figures = stillDue(
        await this.figures.expectedIn(period.startDate, manager),
        figureItem,
        null,
      );
      const reviews = stillDue(await this.reviews.expectedIn(period, manager), reviewItem, null);
      const drafts = [
        ...reminderNotices(period, outstanding, responsibilities),
        ...figureReminderNotices(period, figures),
        ...riskReviewReminderNotices(
          period,
          reviews.map(({ risk }) => risk),
        ),
      ];
      return {
        ids: await this.notifications.raise(manager, drafts),
        result: {
          peopleReminded: new Set(drafts.map((draft) => draft.recipientId)).size,
          actionsOutstanding: outstanding.length,
          figuresOutstanding: figures.length,
          riskReviewsOutstanding: reviews.length,
        },
      };
    });
    this.notifications.deliverInBackground(ids);
    return result;
  }
}
