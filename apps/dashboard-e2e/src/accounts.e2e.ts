import type { Page } from '@playwright/test';

import { mailTo, setPasswordLink } from './mailbox';
import {
  createAction,
  expect,
  expectAccessibleInEnglishAndWelsh,
  graphql,
  OPERATIONAL_GROUP,
  signIn,
  signInUsingEnglish,
  test,
  uniqueReference,
} from './support';

const ADMIN = 'admin@cynnydd.example.wales';
/** A lead in the demo directory who owns actions and has no account yet. */
const NEW_LEAD = 'rhys.llewellyn@heiw.example.wales';
const NEW_PASSWORD = 'afon-mynydd-llyn-2026';
const RESET_PASSWORD = 'coeden-derwen-haul-2027';

async function personName(page: Page, email: string): Promise<string> {
  const { people } = await graphql<{ people: { name: string; email: string }[] }>(
    page,
    '{ people { name email } }',
  );
  const person = people.find((candidate) => candidate.email === email);
  if (!person) throw new Error(`${email} is not in the directory`);
  return person.name;
}

async function choosePassword(page: Page, link: string, password: string, heading: string) {
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await page.getByLabel('New password').fill(password);
  await page.getByLabel('Type the password again').fill(password);
  await page.getByRole('button', { name: 'Save the password' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your password is saved' }),
  ).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

test('an administrator invites a lead, who sets a password from the e-mail and sees their actions', async ({
  page,
  browser,
}) => {
  await signInUsingEnglish(page, ADMIN);
  const name = await personName(page, NEW_LEAD);
  await page.getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await expect(page.getByRole('link', { name: OPERATIONAL_GROUP })).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Cyfrifon');

  await page.getByRole('button', { name: 'Invite someone' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invite someone' })).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Gwahodd rhywun');
  await page.getByLabel('Email address').fill(NEW_LEAD);
  await page.getByLabel('Role').selectOption({ label: 'Action lead' });
  await page.getByLabel('Person in the directory').selectOption({ label: `${name} (${NEW_LEAD})` });
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(page.getByText(`Invitation sent to ${NEW_LEAD}.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: NEW_LEAD })).toBeVisible();
  await expect(page.getByText('Invited', { exact: true })).toBeVisible();
  // The notice follows the language too.
  await expectAccessibleInEnglishAndWelsh(page, `Anfonwyd gwahoddiad at ${NEW_LEAD}.`);

  const [invitation] = await mailTo(NEW_LEAD);
  expect(invitation.subject).toBe(
    'Rydych wedi cael gwahoddiad i ddefnyddio Cynnydd | You have been invited to use Cynnydd',
  );
  // The administrator never sees the link: it is only in the mail.
  await expect(page.getByText('token=')).toHaveCount(0);

  const lead = await (await browser.newContext()).newPage();
  await choosePassword(lead, setPasswordLink(invitation), NEW_PASSWORD, 'Set up your account');
  await lead.getByRole('link', { name: 'Go to sign in' }).click();
  await signIn(lead, NEW_LEAD, NEW_PASSWORD);
  await lead.getByRole('link', { name: 'My actions' }).first().click();
  await expect(lead.getByRole('heading', { level: 1, name: 'My actions' })).toBeVisible();
  await expect(lead.getByRole('link', { name: /^\d+\.\d+/ }).first()).toBeVisible();

  // The link was spent.
  await lead.goto(setPasswordLink(invitation));
  await expect(
    lead.getByRole('heading', { level: 1, name: 'This link cannot be used' }),
  ).toBeVisible();
});

test('a forgotten password is reset by e-mail and the old session stops working', async ({
  page,
  browser,
}) => {
  await signIn(page, NEW_LEAD, NEW_PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const other = await (await browser.newContext()).newPage();
  await other.goto('/sign-in');
  await other.getByRole('link', { name: 'Forgotten your password?' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(other, 'Ailosod eich cyfrinair');
  await other.getByLabel('Email address').fill(NEW_LEAD);
  await other.getByRole('button', { name: 'Send the link' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Check your email' })).toBeVisible();

  const [, reset] = await mailTo(NEW_LEAD, 2);
  expect(reset.subject).toBe('Ailosod eich cyfrinair Cynnydd | Reset your Cynnydd password');
  await other.goto(setPasswordLink(reset));
  await expectAccessibleInEnglishAndWelsh(other, 'Dewis cyfrinair newydd');
  await choosePassword(other, setPasswordLink(reset), RESET_PASSWORD, 'Choose a new password');

  // The browser signed in with the old password is signed out.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await signIn(page, NEW_LEAD, NEW_PASSWORD);
  await expect(page.getByText('Email or password is incorrect').first()).toBeVisible();
  await signIn(page, NEW_LEAD, RESET_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: /Overview|Trosolwg/ })).toBeVisible();
});

test('deactivating an owner hands their actions to a new owner', async ({ page }) => {
  await signInUsingEnglish(page, OPERATIONAL_GROUP);
  const reference = uniqueReference();
  const actionId = await createAction(page, {
    reference,
    title: { en: `Handover ${reference}`, cy: `Trosglwyddo ${reference}` },
    ownerEmail: NEW_LEAD,
  });
  const successor = 'tom.bennett@heiw.example.wales';
  const successorName = await personName(page, successor);

  await page.context().clearCookies();
  await signInUsingEnglish(page, ADMIN, '/admin/accounts');
  await page.getByLabel('Email address or name').fill('rhys');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await page.getByRole('link', { name: NEW_LEAD }).click();
  await expect(page.getByRole('link', { name: new RegExp(`^${reference}`) })).toBeVisible();

  await page.getByRole('button', { name: 'Deactivate the account' }).click();
  await page.getByRole('button', { name: 'Deactivate and hand over' }).click();
  await expect(page.getByText(`Choose a new owner for action ${reference}`).first()).toBeVisible();
  await expectAccessibleInEnglishAndWelsh(page, 'Dadactifadu');
  await page
    .getByLabel('New owner for all of them')
    .selectOption({ label: `${successorName} (${successor})` });
  await page.getByRole('button', { name: 'Deactivate and hand over' }).click();
  await expect(
    page.getByText('The account has been deactivated and its actions have new owners.'),
  ).toBeVisible();
  await expect(page.getByText('Deactivated', { exact: true })).toBeVisible();

  await page.goto(`/actions/${actionId}`);
  await expect(page.getByText(successorName).first()).toBeVisible();
  await expect(page.getByText(await personName(page, NEW_LEAD))).toHaveCount(0);
});
