import type { Organisation, Person } from '@cynnydd/directory/data-access';
import {
  EmailStatus,
  Notification,
  NotificationsService,
} from '@cynnydd/notifications/data-access';
import { ActionDelegate, type Action } from '@cynnydd/plans/data-access';
import { NotificationKind, PlanState, RagStatus, Role } from '@cynnydd/shared/domain';
import { SmtpReceiver } from '@cynnydd/shared/testing';
import type { StrategicArea } from '@cynnydd/strategy/data-access';

import { Fixtures } from './support/fixtures';
import { errorOf, eventually, startTestApp, type Client, type TestApp } from './support/test-app';

const OPEN = `mutation ($input: CreateReportingPeriodInput!) {
  createReportingPeriod(input: $input) { id version }
}`;
const ROUND = `query ($id: ID!) {
  updateRound(reportingPeriodId: $id) {
    reportingPeriod { label }
    overall { expected updated outstanding }
    areas { area { number } progress { expected updated outstanding } }
    organisations { organisation { code } progress { expected updated outstanding } }
    people { person { email } progress { expected updated outstanding } }
    outstandingActions { reference }
  }
}`;
const REMIND = `mutation ($id: ID!) {
  sendUpdateReminders(reportingPeriodId: $id) { peopleReminded actionsOutstanding }
}`;
const FEED = `{ myNotifications { unreadCount notifications { id kind subject { en cy } body { en cy } link readAt } } }`;
const MARK_READ = `mutation ($ids: [ID!]!) { markNotificationsRead(input: { ids: $ids }) }`;
const SUBMIT = `mutation ($input: SubmitStatusUpdateInput!) { submitStatusUpdate(input: $input) { id } }`;

/** Today is 2025-11-15: 2025-26 Q3 is under way. */
describe('the update round: notices, completeness and reminders', () => {
  const smtp = new SmtpReceiver();
  let app: TestApp;
  let fixtures: Fixtures;
  let heiw: Organisation;
  let socialCare: Organisation;
  let [ceri, nia, owain]: Person[] = [];
  let [a11, a21, a31]: Action[] = [];
  let periodId: string;
  let version: number;
  let asCeri: Client;
  let asNia: Client;

  beforeAll(async () => {
    app = await startTestApp({ smtpUrl: await smtp.start() });
    fixtures = new Fixtures(app.dataSource);
    const areas = await fixtures.strategy();
    const area = (n: number) => areas.get(n) as StrategicArea;
    heiw = await fixtures.organisation('HEIW');
    socialCare = await fixtures.organisation('SCW');
    [ceri, owain] = [await fixtures.person(heiw), await fixtures.person(heiw)];
    nia = await fixtures.person(socialCare);
    const plan = await fixtures.plan(2025);
    a11 = await fixtures.action({ plan, area: area(1), reference: '1.1', owners: [ceri, nia] });
    a21 = await fixtures.action({ plan, area: area(2), reference: '2.1', owners: [ceri] });
    a31 = await fixtures.action({ plan, area: area(3), reference: '3.1', owners: [nia] });
    await fixtures.action({ plan, area: area(1), reference: '1.2', owners: [owain] });
    await app.dataSource.getRepository(ActionDelegate).insert({
      actionId: a21.id,
      personId: owain.id,
      delegatedByUserId: app.actor.user.id,
    });
    // 3.1 was finished in Q1, so Q3 asks nothing of it.
    await fixtures.update(a31, await fixtures.period(2025, 1), nia, RagStatus.COMPLETE);

    asCeri = await app.signedIn(Role.LEAD, ceri);
    asNia = await app.signedIn(Role.LEAD, nia);

    const { createReportingPeriod } = await app.ok(OPEN, {
      input: { financialYear: '2025-26', quarter: 3, updateDeadline: '2026-01-20' },
    });
    ({ id: periodId, version } = createReportingPeriod);
  });
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('tells each owner and delegate, in-app and by a bilingual e-mail, which updates are due', async () => {
    const [mail] = await smtp.to(ceri.email);
    expect(mail.subject).toBe(
      'Diweddariadau’n ddyledus ar gyfer 2025-26 Ch3 erbyn 20 Ionawr 2026 | Updates due for 2025-26 Q3 by 20 January 2026',
    );
    expect(mail.text).toContain('Mae’r grŵp gweithredol wedi agor cyfnod adrodd 2025-26 Ch3');
    expect(mail.text).toContain('The operational group has opened the 2025-26 Q3 reporting period');
    expect(mail.text).toContain(`- 1.1 ${a11.title.en}`);
    expect(mail.text).toContain(`- 2.1 ${a21.title.en}`);
    expect(mail.text).toContain('https://cynnydd.test.example.wales/my-actions');
    // The delegate hears about the delegated action; the finished action's owner only of 1.1.
    expect((await smtp.to(owain.email))[0].text).toMatch(/- 1\.2 [\s\S]*- 2\.1 /);
    const [niasMail] = await smtp.to(nia.email);
    expect(niasMail.text).toContain('- 1.1 ');
    expect(niasMail.text).not.toContain('- 3.1 ');

    const { myNotifications } = await asCeri.ok(FEED);
    expect(myNotifications).toMatchObject({
      unreadCount: 1,
      notifications: [{ kind: 'PERIOD_OPENED', link: '/my-actions', readAt: null }],
    });
    expect(myNotifications.notifications[0].subject.cy).toContain('Ch3');
    const sent = await app.dataSource
      .getRepository(Notification)
      .findOneByOrFail({ recipientId: ceri.id });
    expect(sent.emailStatus).toBe(EmailStatus.SENT);
  });

  it('marks only your own notices read', async () => {
    const [notice] = (await asCeri.ok(FEED)).myNotifications.notifications;
    expect((await asNia.ok(MARK_READ, { ids: [notice.id] })).markNotificationsRead).toBe(0);
    expect((await asCeri.ok(MARK_READ, { ids: [notice.id] })).markNotificationsRead).toBe(1);
    expect((await asCeri.ok(FEED)).myNotifications.unreadCount).toBe(0);
    expect(errorOf(await asCeri.gql(MARK_READ, { ids: ['not-an-id'] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'ids',
    });
  });

  it('tracks who has and has not updated, by area, organisation and person', async () => {
    await asNia.ok(SUBMIT, {
      input: {
        actionId: a11.id,
        reportingPeriodId: periodId,
        rag: 'GREEN',
        percentComplete: 60,
        commentary: { cy: 'Ar y trywydd iawn.' },
      },
    });
    const { updateRound } = await app.ok(ROUND, { id: periodId });
    expect(updateRound.reportingPeriod).toEqual({ label: '2025-26 Q3' });
    expect(updateRound.overall).toEqual({ expected: 3, updated: 1, outstanding: 2 });
    const area = (n: number) =>
      updateRound.areas.find((row: { area: { number: number } }) => row.area.number === n).progress;
    expect(area(1)).toEqual({ expected: 2, updated: 1, outstanding: 1 });
    expect(area(2)).toEqual({ expected: 1, updated: 0, outstanding: 1 });
    expect(area(3)).toEqual({ expected: 0, updated: 0, outstanding: 0 });
    expect(updateRound.organisations).toEqual([
      { organisation: { code: 'HEIW' }, progress: { expected: 3, updated: 1, outstanding: 2 } },
      { organisation: { code: 'SCW' }, progress: { expected: 1, updated: 1, outstanding: 0 } },
    ]);
    expect(updateRound.people).toEqual([
      { person: { email: owain.email }, progress: { expected: 2, updated: 0, outstanding: 2 } },
      { person: { email: ceri.email }, progress: { expected: 2, updated: 1, outstanding: 1 } },
      { person: { email: nia.email }, progress: { expected: 1, updated: 1, outstanding: 0 } },
    ]);
    expect(updateRound.outstandingActions).toEqual([{ reference: '1.2' }, { reference: '2.1' }]);
  });

  it('reminds only the people with updates still outstanding, about those actions', async () => {
    const before = smtp.messages.length;
    const { sendUpdateReminders } = await app.ok(REMIND, { id: periodId });
    expect(sendUpdateReminders).toEqual({ peopleReminded: 2, actionsOutstanding: 2 });
    const [, reminder] = await smtp.to(ceri.email, 2);
    expect(reminder.subject).toContain('Reminder: 1 update due for 2025-26 Q3');
    expect(reminder.text).toContain('- 2.1 ');
    expect(reminder.text).not.toContain('- 1.1 ');
    await smtp.to(owain.email, 2);
    expect(smtp.messages.length - before).toBe(2);
    expect((await smtp.to(nia.email, 2)).length).toBe(1);
  });

  it('lets only the operational group see the tracker and send reminders', async () => {
    expect(errorOf(await asCeri.gql(ROUND, { id: periodId })).code).toBe('FORBIDDEN');
    expect(errorOf(await asCeri.gql(REMIND, { id: periodId })).code).toBe('FORBIDDEN');
  });

  it('sends no reminders for a closed period', async () => {
    await app.ok(
      `mutation ($input: ReportingPeriodVersionInput!) { closeReportingPeriod(input: $input) { id } }`,
      { input: { id: periodId, expectedVersion: version } },
    );
    const count = await app.dataSource.getRepository(Notification).count();
    expect(errorOf(await app.gql(REMIND, { id: periodId }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reportingPeriodId',
    });
    expect(await app.dataSource.getRepository(Notification).count()).toBe(count);
  });

  it('sends e-mails an instance left pending, once, however many instances sweep', async () => {
    const notices = app.dataSource.getRepository(Notification);
    const { id } = await notices.save(
      notices.create({
        recipientId: nia.id,
        kind: NotificationKind.UPDATE_REMINDER,
        subject: { en: 'Left behind', cy: 'Wedi’i adael ar ôl' },
        body: { en: 'Sent by the sweep.', cy: 'Wedi’i anfon gan yr ysgubiad.' },
        link: '/my-actions',
        emailStatus: EmailStatus.PENDING,
        createdAt: new Date(Date.now() - 5 * 60_000),
      }),
    );
    const service = app.nest.get(NotificationsService);
    const sent = await Promise.all([service.deliverStragglers(), service.deliverStragglers()]);
    expect(sent.reduce((sum, count) => sum + count, 0)).toBe(1);
    // Both sweeps have finished, so the server has every message they sent.
    const leftBehind = smtp.messages.filter((mail) => mail.subject?.includes('Left behind'));
    expect(leftBehind).toHaveLength(1);
    expect((await notices.findOneByOrFail({ id })).emailStatus).toBe(EmailStatus.SENT);
  });

  it('announces nothing for a year whose plan is still a draft', async () => {
    await fixtures.plan(2026, PlanState.DRAFT);
    const count = await app.dataSource.getRepository(Notification).count();
    await app.ok(OPEN, {
      input: { financialYear: '2026-27', quarter: 1, updateDeadline: '2026-07-20' },
    });
    expect(await app.dataSource.getRepository(Notification).count()).toBe(count);
  });
});

describe('the tracker from the response cache', () => {
  let app: TestApp;
  let fixtures: Fixtures;
  let area: StrategicArea;

  beforeAll(async () => {
    app = await startTestApp();
    fixtures = new Fixtures(app.dataSource);
    area = (await fixtures.strategy()).get(1) as StrategicArea;
  });
  afterAll(() => app.close());

  it('is served again without being rebuilt until something in the round changes', async () => {
    const plan = await fixtures.plan(2025);
    const lead = await fixtures.person();
    const asLead = await app.signedIn(Role.LEAD, lead);
    await fixtures.action({ plan, area, owners: [lead] });
    const period = await fixtures.period(2025, 3);
    const round = async () => {
      app.statements.count = 0;
      const { updateRound } = await app.ok(ROUND, { id: period.id });
      return { overall: updateRound.overall, statements: app.statements.count };
    };
    const built = await round();
    expect(built).toEqual({
      overall: { expected: 1, updated: 0, outstanding: 1 },
      statements: expect.any(Number),
    });
    expect(built.statements).toBeGreaterThan(4);
    // The fixtures were written straight to the database: their notices may still be on their way
    // and retire the first answer once. Then it is served as it is.
    const served = await eventually(round, (next) => next.statements === 0);
    expect(served).toEqual({ overall: built.overall, statements: 0 });

    // Written straight to the database, as another instance would: its notice retires the answer.
    const added = await fixtures.action({ plan, area, owners: [lead] });
    const afterAction = await eventually(round, (next) => next.overall.expected === 2);
    expect(afterAction.overall).toEqual({ expected: 2, updated: 0, outstanding: 2 });

    await asLead.ok(SUBMIT, {
      input: {
        actionId: added.id,
        reportingPeriodId: period.id,
        rag: 'AMBER',
        percentComplete: 10,
        commentary: { en: 'Started.' },
      },
    });
    expect((await round()).overall).toEqual({ expected: 2, updated: 1, outstanding: 1 });
  });

  it('is built once for its figures and its lists, asked for apart as the dashboard does', async () => {
    const plan = await fixtures.plan(2026);
    const lead = await fixtures.person();
    await fixtures.action({ plan, area, owners: [lead] });
    const period = await fixtures.period(2026, 1);
    const ask = async (query: string) => {
      app.statements.count = 0;
      const { updateRound } = await app.ok(query, { id: period.id });
      return { updateRound, statements: app.statements.count };
    };
    const FIGURES = `query ($id: ID!) { updateRound(reportingPeriodId: $id) { overall { expected } } }`;
    const LISTS = `query ($id: ID!) { updateRound(reportingPeriodId: $id) { people { person { name } } } }`;

    expect((await ask(FIGURES)).statements).toBeGreaterThan(4);
    // Once the fixtures' notices have arrived (they may retire the first build), the figures are
    // served as built, and the lists come from the same build.
    await eventually(
      () => ask(FIGURES),
      (next) => next.statements === 0,
    );
    expect(await ask(LISTS)).toEqual({
      updateRound: { people: [{ person: { name: lead.name } }] },
      statements: 0,
    });

    // A change retires the built round with the answers: the lists are built anew.
    await fixtures.action({ plan, area, owners: [await fixtures.person()] });
    const rebuilt = await eventually(
      () => ask(LISTS),
      (next) => next.updateRound.people.length === 2,
    );
    expect(rebuilt.statements).toBeGreaterThan(4);
  });
});

describe('notices when e-mail cannot be sent', () => {
  it('keeps the in-app notice and records the failure when the SMTP server is down', async () => {
    // Nothing listens on port 1 of loopback.
    const app = await startTestApp({ smtpUrl: 'smtp://127.0.0.1:1' });
    try {
      const fixtures = new Fixtures(app.dataSource);
      const area = (await fixtures.strategy()).get(1) as StrategicArea;
      const lead = await fixtures.person();
      await fixtures.action({ plan: await fixtures.plan(2025), area, owners: [lead] });
      await app.ok(OPEN, {
        input: { financialYear: '2025-26', quarter: 3, updateDeadline: '2026-01-20' },
      });
      const notices = app.dataSource.getRepository(Notification);
      const deadline = Date.now() + 5000;
      let notice = await notices.findOneByOrFail({ recipientId: lead.id });
      while (notice.emailStatus === EmailStatus.PENDING && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        notice = await notices.findOneByOrFail({ recipientId: lead.id });
      }
      expect(notice.emailStatus).toBe(EmailStatus.FAILED);
      expect(notice.emailError).toMatch(/ECONNREFUSED|connect/i);
      const asLead: Client = await app.signedIn(Role.LEAD, lead);
      expect((await asLead.ok(FEED)).myNotifications.unreadCount).toBe(1);
    } finally {
      await app.close();
    }
  });
});
