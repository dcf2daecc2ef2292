import type { ExpectedFigure } from '@cynnydd/measures/data-access';
import type { NotificationDraft } from '@cynnydd/notifications/data-access';
import type { Risk } from '@cynnydd/risks/data-access';
import {
  compareReferences,
  financialYearLabel,
  localise,
  measurePeriodLabel,
  NotificationKind,
  type Label,
  type Language,
} from '@cynnydd/shared/domain';

import type { ExpectedUpdate, Responsibility } from './expected-updates.service';
import type { ReportingPeriod } from './reporting-period.entity';

const MY_ACTIONS = '/my-actions';

function periodLabel(period: ReportingPeriod): Label {
  const year = financialYearLabel(period.financialYear);
  return { en: `${year} Q${period.quarter}`, cy: `${year} Ch${period.quarter}` };
}

function longDate(isoDate: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

function actionLines(actions: ExpectedUpdate[], language: Language): string {
  return actions
    .map((action) => `- ${action.reference} ${localise(action.title, language)?.text ?? ''}`)
    .join('\n');
}

/** One notice per person, listing the actions they answer for (as owner or delegate). */
function perPerson(
  actions: ExpectedUpdate[],
  responsibilities: Responsibility[],
  write: (mine: ExpectedUpdate[]) => Pick<NotificationDraft, 'subject' | 'body'>,
  kind: NotificationKind,
): NotificationDraft[] {
  const byId = new Map(actions.map((action) => [action.actionId, action]));
  const byPerson = new Map<string, ExpectedUpdate[]>();
  for (const { actionId, personId } of responsibilities) {
    const action = byId.get(actionId);
    if (!action) continue;
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), action]);
  }
  return [...byPerson].map(([recipientId, mine]) => ({
    recipientId,
    kind,
    link: MY_ACTIONS,
    ...write(mine.sort((a, b) => compareReferences(a.reference, b.reference))),
  }));
}

export function periodOpenedNotices(
  period: ReportingPeriod,
  actions: ExpectedUpdate[],
  responsibilities: Responsibility[],
): NotificationDraft[] {
  const label = periodLabel(period);
  return perPerson(
    actions,
    responsibilities,
    (mine) => ({
      subject: {
        en: `Updates due for ${label.en} by ${longDate(period.updateDeadline, 'en')}`,
        cy: `Diweddariadau’n ddyledus ar gyfer ${label.cy} erbyn ${longDate(period.updateDeadline, 'cy')}`,
      },
      body: {
        en: `The operational group has opened the ${label.en} reporting period. Please give a status update for each of these actions by ${longDate(period.updateDeadline, 'en')}:\n${actionLines(mine, 'en')}`,
        cy: `Mae’r grŵp gweithredol wedi agor cyfnod adrodd ${label.cy}. Rhowch ddiweddariad statws ar gyfer pob un o’r camau gweithredu hyn erbyn ${longDate(period.updateDeadline, 'cy')}:\n${actionLines(mine, 'cy')}`,
      },
    }),
    NotificationKind.PERIOD_OPENED,
  );
}

export function reminderNotices(
  period: ReportingPeriod,
  outstanding: ExpectedUpdate[],
  responsibilities: Responsibility[],
): NotificationDraft[] {
  const label = periodLabel(period);
  return perPerson(
    outstanding,
    responsibilities,
    (mine) => ({
      subject: {
        en: `Reminder: ${mine.length} ${mine.length === 1 ? 'update' : 'updates'} due for ${label.en}`,
        cy: `Nodyn atgoffa: ${mine.length} o ddiweddariadau’n ddyledus ar gyfer ${label.cy}`,
      },
      body: {
        en: `These actions still need a status update for ${label.en}; the deadline is ${longDate(period.updateDeadline, 'en')}:\n${actionLines(mine, 'en')}`,
        cy: `Mae angen diweddariad statws o hyd ar gyfer ${label.cy} ar y camau gweithredu hyn; y dyddiad cau yw ${longDate(period.updateDeadline, 'cy')}:\n${actionLines(mine, 'cy')}`,
      },
    }),
    NotificationKind.UPDATE_REMINDER,
  );
}

/** One reminder per owner, listing what the round still needs from them (figures, reviews). */
function perOwner<T>(
  outstanding: T[],
  ownerOf: (item: T) => string,
  link: string,
  write: (mine: T[]) => Pick<NotificationDraft, 'subject' | 'body'>,
): NotificationDraft[] {
  const byOwner = new Map<string, T[]>();
  for (const item of outstanding) {
    byOwner.set(ownerOf(item), [...(byOwner.get(ownerOf(item)) ?? []), item]);
  }
  return [...byOwner].map(([recipientId, mine]) => ({
    recipientId,
    kind: NotificationKind.UPDATE_REMINDER,
    link,
    ...write(mine),
  }));
}

/** One notice per measure owner listing the figures the round still needs from them. */
export function figureReminderNotices(
  period: ReportingPeriod,
  outstanding: ExpectedFigure[],
): NotificationDraft[] {
  const label = periodLabel(period);
  const lines = (figures: ExpectedFigure[], language: Language) =>
    figures
      .map(
        (figure) =>
          `- ${figure.reference} ${localise(figure.name, language)?.text ?? ''}: ${measurePeriodLabel(figure.frequency, figure.periodStart, language)}`,
      )
      .join('\n');
  return perOwner(
    outstanding,
    (figure) => figure.ownerId,
    '/measures',
    (mine) => ({
      subject: {
        en: `Reminder: ${mine.length} ${mine.length === 1 ? 'figure' : 'figures'} due for ${label.en}`,
        cy: `Nodyn atgoffa: ${mine.length} o ffigurau’n ddyledus ar gyfer ${label.cy}`,
      },
      body: {
        en: `These measures still need their figures for the ${label.en} round; the deadline is ${longDate(period.updateDeadline, 'en')}:\n${lines(mine, 'en')}`,
        cy: `Mae angen ffigurau o hyd ar y mesurau hyn ar gyfer rownd ${label.cy}; y dyddiad cau yw ${longDate(period.updateDeadline, 'cy')}:\n${lines(mine, 'cy')}`,
      },
    }),
  );
}

/** One notice per risk owner listing the risks the round still needs them to review. */
export function riskReviewReminderNotices(
  period: ReportingPeriod,
  outstanding: Risk[],
): NotificationDraft[] {
  const label = periodLabel(period);
  const lines = (risks: Risk[], language: Language) =>
    risks
      .map(
        (risk) =>
          `- ${risk.reference} ${localise(risk.title, language)?.text ?? ''}: ${
            language === 'cy' ? 'adolygiad yn ddyledus' : 'review due'
          } ${longDate(risk.nextReviewDue, language)}`,
      )
      .join('\n');
  return perOwner(
    outstanding,
    (risk) => risk.ownerId,
    // My actions lists the reviews due, each linking to its risk.
    MY_ACTIONS,
    (mine) => ({
      subject: {
        en: `Reminder: ${mine.length} ${mine.length === 1 ? 'risk review' : 'risk reviews'} due for ${label.en}`,
        cy: `Nodyn atgoffa: ${mine.length} o adolygiadau risg yn ddyledus ar gyfer ${label.cy}`,
      },
      body: {
        en: `These risks need reviewing for the ${label.en} round; the deadline is ${longDate(period.updateDeadline, 'en')}:\n${lines(mine, 'en')}`,
        cy: `Mae angen adolygu’r risgiau hyn ar gyfer rownd ${label.cy}; y dyddiad cau yw ${longDate(period.updateDeadline, 'cy')}:\n${lines(mine, 'cy')}`,
      },
    }),
  );
}
