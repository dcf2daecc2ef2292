import type { DataSource } from 'typeorm';

import { PublicationsService } from '@cynnydd/publications/data-access';
import { ReportsService } from '@cynnydd/reports/data-access';
import { ReportAudience, Role, type Actor } from '@cynnydd/shared/domain';

import { openDemoServices, SeedClock } from './demo-services';

/** How many of the latest ended quarters are reported to the oversight board and published. */
export const PUBLISHED_QUARTERS = 4;

/**
 * The large data set's public progress: the oversight board's report for each of the last few
 * ended quarters, issued and published through the product's services (so each snapshot is what
 * the builders make of ten thousand actions), the second withdrawn and published again.
 */
export async function publishLargeData(dataSource: DataSource, today: string): Promise<number> {
  const periods: { id: string; end_date: string; label: string }[] = await dataSource.query(
    `SELECT id, end_date::text, financial_year || ' Q' || quarter AS label FROM reporting_period
      WHERE end_date < $1 ORDER BY start_date DESC LIMIT $2`,
    [today, PUBLISHED_QUARTERS],
  );
  // A programme office account (in a data set too small to have one, the first account).
  const [account] = await dataSource.query(
    `SELECT id, email, person_id FROM app_user ORDER BY role = $1 DESC, email LIMIT 1`,
    [Role.PROGRAMME_OFFICE],
  );
  const office: Actor = {
    userId: account.id,
    email: account.email,
    role: Role.PROGRAMME_OFFICE,
    personId: account.person_id,
  };
  const services = await openDemoServices(dataSource.options);
  try {
    const clock = services.get(SeedClock);
    const reports = services.get(ReportsService);
    const publications = services.get(PublicationsService);
    const publish = async (reportId: string, label: string) => {
      const draft = await publications.create(office, { reportId });
      const ready = await publications.update(office, {
        id: draft.id,
        expectedVersion: draft.version,
        introduction: {
          en: `Progress of the workforce strategy in ${label}.`,
          cy: `Cynnydd y strategaeth gweithlu yn ${label}.`,
        },
      });
      return publications.publish(office, { id: ready.id, expectedVersion: ready.version });
    };
    let published = 0;
    for (const [index, period] of [...periods].reverse().entries()) {
      clock.setTo(new Date(`${period.end_date}T12:00:00Z`));
      const draft = await reports.create(office, {
        reportingPeriodId: period.id,
        audience: ReportAudience.OVERSIGHT_BOARD,
      });
      const report = await reports.issue(office, { id: draft.id, expectedVersion: draft.version });
      const publication = await publish(report.id, period.label);
      published += 1;
      if (index === 1) {
        await publications.withdraw(office, {
          id: publication.id,
          expectedVersion: publication.version,
          reason: {
            en: 'A figure was wrong; corrected.',
            cy: 'Roedd ffigur yn anghywir; cywirwyd.',
          },
        });
        await publish(report.id, period.label);
        published += 1;
      }
    }
    return published;
  } finally {
    await services.close();
  }
}
