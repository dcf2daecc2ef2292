import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';

import { readWordDocument } from '@cynnydd/shared/testing';

import { mailTo } from './mailbox';
import {
  BOARD_MEMBER,
  expect,
  expectAccessibleInEnglishAndWelsh,
  graphql,
  OPERATIONAL_GROUP,
  signInUsingEnglish,
  test,
} from './support';

const FORUM = 'HEIW and Social Care Wales Joint Board';
const PAPER = 'Joint board report: 2026-27 Q2';
const DECISION = 'The board asks for a recovery plan for the data-sharing agreement.';
const COMMITMENT = 'Bring the data-sharing recovery plan';

/** A day in Wales, `offset` days from today, as YYYY-MM-DD. */
function walesDay(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', {
    timeZone: 'Europe/London',
  });
}

/** Chooses one member's attendance in the "Who came" panel. */
async function attendance(page: Page, member: string, status: string) {
  await page
    .getByRole('group', { name: new RegExp(`^${member}`) })
    .getByLabel(status, { exact: true })
    .check();
}

test('the programme office runs a joint board meeting: the paper on the agenda, notice with an invitation, a deputy, a decision whose commitment is carried, the briefing note and the audit', async ({
  page,
}) => {
  test.slow();
  const title = `Joint board, extraordinary meeting ${Date.now()}`;
  const day = walesDay(-1);
  await signInUsingEnglish(page, OPERATIONAL_GROUP);

  // Scheduled, with the issued report as its paper.
  await page.getByRole('link', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'Schedule a meeting' }).click();
  // The list (with its own forum filter) stays on screen until the form's code has loaded.
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule a meeting' })).toBeVisible();
  await page.getByLabel('Forum').selectOption({ label: FORUM });
  await page.getByRole('group', { name: 'Title' }).getByLabel('In English').fill(title);
  await page.getByLabel('Date').fill(day);
  await page.getByLabel('Room and address').fill('Social Care Wales, South Gate House, Cardiff');
  await page.getByRole('button', { name: 'Schedule the meeting' }).click();
  await expect(page.getByText('The meeting is scheduled.')).toBeVisible();
  await page.getByRole('button', { name: 'Add an agenda item' }).click();
  await page.getByRole('group', { name: 'Item' }).getByLabel('In English').fill('Progress report');
  await page.getByLabel('Issued report tabled (optional)').selectOption({ label: PAPER });
  await page.getByRole('button', { name: 'Add to the agenda' }).click();
  await expect(page.getByRole('link', { name: `Paper: ${PAPER}` })).toBeVisible();

  // The members are told, with a calendar invitation their calendars can read.
  await page.getByRole('button', { name: 'Send the notice to members' }).click();
  await expect(page.getByText('The notice has been sent to the members.')).toBeVisible();
  const notice = (await mailTo(BOARD_MEMBER, 1)).find((mail) => mail.subject.includes(title));
  expect(notice?.subject).toContain('Hysbysiad cyfarfod');
  const event = new ICAL.Component(ICAL.parse(notice?.calendar ?? '')).getFirstSubcomponent(
    'vevent',
  );
  expect(String(event?.getFirstPropertyValue('summary'))).toContain(title);
  expect(String(event?.getFirstPropertyValue('location'))).toContain('South Gate House');
  expect(String(event?.getFirstPropertyValue('dtstart'))).toContain(day);

  // Held: who came (Karen Lloyd through a deputy), and what was decided.
  await page.getByRole('button', { name: 'The meeting has taken place' }).click();
  await page.getByRole('button', { name: 'Record attendance' }).click();
  for (const member of ['Owain Davies', 'Ceri Morgan', 'Elin Roberts']) {
    await attendance(page, member, 'Present');
  }
  await attendance(page, 'Tom Bennett', 'Apologies');
  await attendance(page, 'Karen Lloyd', 'Represented by a deputy');
  await page.getByLabel('Deputy’s name').fill('Huw Evans');
  await page.getByRole('button', { name: 'Save attendance' }).click();
  const who = page.getByRole('table', { name: 'Attendance' });
  await expect(who.getByRole('row', { name: /Karen Lloyd/ })).toContainText('Huw Evans');

  await page
    .getByRole('group', { name: 'Is this a comment or a decision?' })
    .getByLabel('Decision')
    .check();
  await page.getByLabel('Agenda item').selectOption({ label: 'Item 1: Progress report' });
  await page.getByRole('group', { name: 'Decision' }).getByLabel('In English').fill(DECISION);
  await page.getByRole('button', { name: 'Add a follow-up action' }).click();
  await page
    .getByRole('group', { name: 'What is to be done' })
    .getByLabel('In English')
    .fill(COMMITMENT);
  await page.getByLabel('Owner').selectOption({ label: 'Ceri Morgan (HEIW)' });
  await page.getByLabel('Due date').fill(walesDay(30));
  await page.getByRole('button', { name: 'Record decision' }).click();
  await expect(page.getByText(DECISION)).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Penderfyniadau');

  // The briefing note for those who were not there.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Download the briefing note \(\.docx, English\)/ }).click();
  const briefing = (await readWordDocument(readFileSync((await (await downloading).path()) ?? '')))
    .text;
  expect(briefing).toContain(DECISION);
  expect(briefing).toContain(COMMITMENT);
  expect(briefing).toContain('Huw Evans');

  // The commitment is on the forum's next meeting until it is done.
  const meetingId = page.url().split('/').pop() as string;
  const { meeting } = await graphql<{ meeting: { forum: { id: string } } }>(
    page,
    'query ($id: ID!) { meeting(id: $id) { forum { id } } }',
    { id: meetingId },
  );
  const { scheduleMeeting } = await graphql<{ scheduleMeeting: { id: string } }>(
    page,
    'mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }',
    {
      input: {
        forumId: meeting.forum.id,
        title: { en: `${title}, follow-up`, cy: null },
        startsAt: `${walesDay(60)}T09:00:00Z`,
        endsAt: `${walesDay(60)}T11:00:00Z`,
        location: 'Online',
      },
    },
  );
  await page.goto(`/meetings/${scheduleMeeting.id}`);
  await expect(
    page.getByRole('table', { name: 'Commitments carried from earlier meetings' }),
  ).toContainText(COMMITMENT);

  // The audit of that day: five seats, four filled (one by a deputy), one apology.
  await page.goto(`/meetings/attendance?from=${day}&to=${day}&forum=${meeting.forum.id}`);
  const forumRow = page
    .getByRole('table', { name: 'Attendance rate by forum' })
    .getByRole('row', { name: new RegExp(FORUM) });
  await expect(forumRow).toContainText('80%');
  await expect(
    page
      .getByRole('table', { name: `Attendance at ${FORUM} by member` })
      .getByRole('row', { name: /Karen Lloyd/ }),
  ).toContainText('Huw Evans');
  await expect(
    page
      .getByRole('table', { name: 'Commitments set at each forum’s meetings in this period' })
      .getByRole('row', { name: new RegExp(FORUM) }),
  ).toContainText('1');
  await expectAccessibleInEnglishAndWelsh(page, 'Presenoldeb ac ymrwymiadau a gadwyd');
});
