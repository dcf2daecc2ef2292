import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';

import {
  Organisation,
  Person,
  toOrganisationModel,
  toPersonModel,
} from '@cynnydd/directory/data-access';
import { NotificationsService } from '@cynnydd/notifications/data-access';
import { Action, toActionModel } from '@cynnydd/plans/data-access';
import { badUserInput } from '@cynnydd/server/core';
import { compareReferences } from '@cynnydd/shared/domain';
import { StrategyService, toStrategicAreaModel } from '@cynnydd/strategy/data-access';

import { ExpectedUpdatesService, type ExpectedUpdate } from './expected-updates.service';
import { toReportingPeriodModel } from './models/reporting-period.model';
import {
  RoundProgressModel,
  type RemindersSentModel,
  type UpdateRoundModel,
} from './models/update-round.model';
import { ReportingPeriodsService } from './reporting-periods.service';
import { reminderNotices } from './round-notices';

function count(progress: RoundProgressModel, { updated }: ExpectedUpdate): void {
  progress.expected += 1;
  progress[updated ? 'updated' : 'outstanding'] += 1;
}

/** The operational group's view of an update round: who has reported, and reminders. */
@Injectable()
export class UpdateRoundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly periods: ReportingPeriodsService,
    private readonly expected: ExpectedUpdatesService,
    private readonly strategy: StrategyService,
    private readonly notifications: NotificationsService,
  ) {}

  async track(reportingPeriodId: string): Promise<UpdateRoundModel> {
    const period = await this.periods.getPeriod(reportingPeriodId, 'reportingPeriodId');
    const [expected, areas] = await Promise.all([
      this.expected.expectedIn(period),
      this.strategy.listAreas(),
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
      count(overall, update);
      count(progressOf(byArea, update.areaId), update);
    }
    // An action with two owners in one organisation counts once for it.
    const countedForOrganisation = new Set<string>();
    for (const { actionId, personId, organisationId } of responsibilities) {
      const update = byAction.get(actionId) as ExpectedUpdate;
      count(progressOf(byPerson, personId), update);
      if (!countedForOrganisation.has(`${organisationId}:${actionId}`)) {
        countedForOrganisation.add(`${organisationId}:${actionId}`);
        count(progressOf(byOrganisation, organisationId), update);
      }
    }

    const outstandingIds = expected.filter((e) => !e.updated).map((e) => e.actionId);
    const [people, organisations, outstanding] = await Promise.all([
      this.dataSource.getRepository(Person).findBy({ id: In([...byPerson.keys()]) }),
      this.dataSource.getRepository(Organisation).findBy({ id: In([...byOrganisation.keys()]) }),
      this.dataSource.getRepository(Action).findBy({ id: In(outstandingIds) }),
    ]);
    const mostOutstanding = (a: RoundProgressModel, b: RoundProgressModel) =>
      b.outstanding - a.outstanding;

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
    };
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
      const drafts = reminderNotices(period, outstanding, responsibilities);
      return {
        ids: await this.notifications.raise(manager, drafts),
        result: { peopleReminded: drafts.length, actionsOutstanding: outstanding.length },
      };
    });
    this.notifications.deliverInBackground(ids);
    return result;
  }
}
