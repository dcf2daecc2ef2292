import type { Person } from '@cynnydd/directory/data-access';
import type { ReportingPeriod } from '@cynnydd/reporting/data-access';
import { Risk } from '@cynnydd/risks/data-access';
import { ChangeChannel, DataChangeFeed } from '@cynnydd/server/core';
import { Role } from '@cynnydd/shared/domain';
import { SmtpReceiver } from '@cynnydd/shared/testing';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { eventually, startTestApp, type TestApp } from './support/test-app';

const DUE = `query ($id: ID!, $mine: Boolean) {
  reportingPeriod(id: $id) { riskReviewsDue(mine: $mine) { reference nextReviewDue } }
}`;
const ROUND = `query ($id: ID!) { updateRound(reportingPeriodId: $id) { riskReviews {
  overall { expected updated outstanding }
  people { person { id } progress { expected updated outstanding } }
  outstanding { reference }
} } }`;
const REMIND = `mutation ($id: ID!) {
  sendUpdateReminders(reportingPeriodId: $id) { peopleReminded riskReviewsOutstanding }
}`;

/**
 * Today is 2026-11-15, in the 2026-27 Q3 round: it opened on 2026-10-01 and its update deadline
 * is 2026-12-31 (the fixtures' deadline is the quarter's end).
 */
describe('risk reviews in the update round', () => {
  const smtp = new SmtpReceiver();
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;
  let q3: ReportingPeriod;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-15', smtpUrl: await smtp.start() });
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(4) as StrategicArea;
    q3 = await fixtures.period(2026, 3);
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  /** A risk of `owner` last reviewed on `reviewedOn` (before the round unless said), due `due`. */
  const riskOf = (owner: Person, due: string, reviewedOn = '2026-07-01') =>
    fixtures.risk({ owner, area, nextReviewDue: due, reviewedOn });

  const references = (risks: { reference: string }[]) => risks.map((r) => r.reference);

  /**
   * The round's tracker once the app has heard of every change committed so far: fixtures write
   * straight to the database, and an answer cached before their notice arrives would be served.
   * Notices arrive in commit order, so hearing one sent now means the earlier ones were heard.
   */
  const tracker = async () => {
    const feed = app.nest.get(DataChangeFeed);
    const before = feed.revisionOf(ChangeChannel.Data) as number;
    await app.dataSource.query(`NOTIFY ${ChangeChannel.Data}`);
    await eventually(
      async () => feed.revisionOf(ChangeChannel.Data) as number,
      (revision) => revision > before,
    );
    return (await app.ok(ROUND, { id: q3.id })).updateRound;
  };

  it('asks for a review due by the deadline and not yet done in the round, on the boundaries', async () => {
    const owner = await fixtures.person();
    const onDeadline = await riskOf(owner, '2026-12-31');
    const longOverdue = await riskOf(owner, '2026-03-01', '2025-12-01');
    await riskOf(owner, '2027-01-01'); // the day after the deadline: next round's
    // Reviewed the day before the round opened: that review was the last round's.
    const reviewedBefore = await riskOf(owner, '2026-12-30', '2026-06-30');
    await fixtures.riskReview(reviewedBefore, '2026-09-30');
    // Reviewed on the day the round opened: done.
    const reviewedOnStart = await riskOf(owner, '2026-10-01');
    await fixtures.riskReview(reviewedOnStart, '2026-10-01');
    // Recorded during the round: just assessed, so not asked for.
    await riskOf(owner, '2026-11-20', '2026-10-20');
    const closed = await riskOf(owner, '2026-11-01');
    await app.dataSource
      .getRepository(Risk)
      .update(closed.id, { closedOn: '2026-10-10', closedReason: { en: 'Gone', cy: null } });

    const asOwner = await app.signedIn(Role.LEAD, owner);
    const { reportingPeriod } = await asOwner.ok(DUE, { id: q3.id, mine: true });
    expect(references(reportingPeriod.riskReviewsDue)).toEqual(
      references([longOverdue, reviewedBefore, onDeadline]),
    );
    expect(reportingPeriod.riskReviewsDue[0].nextReviewDue).toBe('2026-03-01');

    const updateRound = await tracker();
    expect(updateRound.riskReviews.people).toContainEqual({
      person: { id: owner.id },
      progress: { expected: 4, updated: 1, outstanding: 3 },
    });
  });

  it('counts a review done once the owner reviews the risk in the round', async () => {
    const owner = await fixtures.person();
    const risk = await riskOf(owner, '2026-10-05');
    const asOwner = await app.signedIn(Role.LEAD, owner);
    expect(
      references((await asOwner.ok(DUE, { id: q3.id, mine: true })).reportingPeriod.riskReviewsDue),
    ).toEqual([risk.reference]);

    await asOwner.ok(
      `mutation ($input: ReviewRiskInput!) { reviewRisk(input: $input) { nextReviewDue } }`,
      {
        input: {
          riskId: risk.id,
          expectedVersion: risk.version,
          current: { likelihood: 2, consequence: 3 },
          commentary: { en: 'Better now', cy: 'Gwell nawr' },
        },
      },
    );
    expect(
      (await asOwner.ok(DUE, { id: q3.id, mine: true })).reportingPeriod.riskReviewsDue,
    ).toEqual([]);
    const updateRound = await tracker();
    expect(updateRound.riskReviews.people).toContainEqual({
      person: { id: owner.id },
      progress: { expected: 1, updated: 1, outstanding: 0 },
    });
    expect(references(updateRound.riskReviews.outstanding)).not.toContain(risk.reference);
  });

  it('lists only your own with `mine`, everyone’s without, and counts overall and per owner, most outstanding first', async () => {
    const [ceri, nia] = [await fixtures.person(), await fixtures.person()];
    const ceris = await riskOf(ceri, '2026-11-01');
    const nias = [await riskOf(nia, '2026-11-02'), await riskOf(nia, '2026-11-03')];
    const asCeri = await app.signedIn(Role.LEAD, ceri);

    const mine = (await asCeri.ok(DUE, { id: q3.id, mine: true })).reportingPeriod.riskReviewsDue;
    expect(references(mine)).toEqual([ceris.reference]);
    const all = (await asCeri.ok(DUE, { id: q3.id })).reportingPeriod.riskReviewsDue;
    expect(references(all)).toEqual(expect.arrayContaining(references([ceris, ...nias])));

    const updateRound = await tracker();
    const { overall, people, outstanding } = updateRound.riskReviews;
    expect(overall.outstanding).toBe(all.length);
    expect(overall.expected).toBe(overall.updated + overall.outstanding);
    expect(references(outstanding)).toEqual(references(all));
    const ids = people.map((p: { person: { id: string } }) => p.person.id);
    expect(ids.indexOf(nia.id)).toBeLessThan(ids.indexOf(ceri.id));
    expect(people[ids.indexOf(nia.id)].progress).toEqual({
      expected: 2,
      updated: 0,
      outstanding: 2,
    });
  });

  it('reminds each owner of their reviews due, in-app and by a bilingual e-mail', async () => {
    const owner = await fixtures.person();
    const risk = await riskOf(owner, '2026-12-01');
    const updateRound = await tracker();

    const { sendUpdateReminders } = await app.ok(REMIND, { id: q3.id });
    expect(sendUpdateReminders.riskReviewsOutstanding).toBe(
      updateRound.riskReviews.overall.outstanding,
    );
    const [mail] = await smtp.to(owner.email);
    expect(mail.subject).toBe(
      'Nodyn atgoffa: 1 o adolygiadau risg yn ddyledus ar gyfer 2026-27 Ch3 | Reminder: 1 risk review due for 2026-27 Q3',
    );
    expect(mail.text).toContain(
      `- ${risk.reference} Risk ${risk.reference.slice(1)}: review due 1 December 2026`,
    );
    expect(mail.text).toContain(
      `- ${risk.reference} Risg ${risk.reference.slice(1)}: adolygiad yn ddyledus 1 Rhagfyr 2026`,
    );
    expect(mail.text).toContain('the deadline is 31 December 2026');
    expect(mail.text).toContain('https://cynnydd.test.example.wales/my-actions');

    const asOwner = await app.signedIn(Role.LEAD, owner);
    const { myNotifications } = await asOwner.ok(
      `{ myNotifications { notifications { kind subject { en } link } } }`,
    );
    expect(myNotifications.notifications).toEqual([
      {
        kind: 'UPDATE_REMINDER',
        subject: { en: 'Reminder: 1 risk review due for 2026-27 Q3' },
        link: '/my-actions',
      },
    ]);
  });
});

describe('SQL statements for risk reviews in the round do not grow with the number of risks', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ today: '2026-11-15' });
  });
  afterAll(() => app.close());

  /** `count` open risks of `owner`, due in the round, each with a review before it. */
  async function risksOwnedBy(owner: Person, prefix: number, count: number) {
    await app.dataSource.query(
      `WITH r AS (
         INSERT INTO risk (reference, title_en, category, owner_id, inherent_likelihood,
           inherent_consequence, current_likelihood, current_consequence, next_review_due, version)
         SELECT 'R' || $1 || lpad(n::text, 4, '0'), 'Risk ' || n, 'DELIVERY', $2, 4, 4, 3, 3,
           '2026-11-01', 1
         FROM generate_series(1, $3) n RETURNING id)
       INSERT INTO risk_review (risk_id, likelihood, consequence, reviewer_id, reviewed_on)
       SELECT id, 3, 3, $2, '2026-08-01' FROM r`,
      [prefix, owner.id, count],
    );
  }

  it('for 10 risks or 1,000: the tracker, the reviews due and the reminders', async () => {
    const fixtures = new Fixtures(app.dataSource);
    const q3 = await fixtures.period(2026, 3);
    const feed = app.nest.get(DataChangeFeed);
    const [few, many] = [await fixtures.person(), await fixtures.person()];
    const query = `query ($id: ID!) {
      updateRound(reportingPeriodId: $id) { riskReviews {
        overall { outstanding } people { person { name } progress { outstanding } }
        outstanding { reference current { score band } nextReviewDue }
      } }
      reportingPeriod(id: $id) { riskReviewsDue { reference title { en } current { band } } }
    }`;
    const statements = async () => {
      const counts: number[] = [];
      let returned = 0;
      for (let run = 0; run < 3; run++) {
        feed.markChanged(ChangeChannel.Data);
        app.statements.count = 0;
        returned = (await app.ok(query, { id: q3.id })).reportingPeriod.riskReviewsDue.length;
        counts.push(app.statements.count);
      }
      return { returned, statements: Math.min(...counts) };
    };
    const remind = async () => {
      app.statements.count = 0;
      await app.ok(REMIND, { id: q3.id });
      return app.statements.count;
    };
    await risksOwnedBy(few, 1, 10);
    const ten = await statements();
    const tenReminders = await remind();
    await risksOwnedBy(many, 2, 1000);
    const thousand = await statements();
    const thousandReminders = await remind();
    expect([ten.returned, thousand.returned]).toEqual([10, 1010]);
    expect(thousand.statements).toBe(ten.statements);
    expect(thousandReminders).toBe(tenReminders);
  });
});
