import { startMailbox } from './mailbox';

/** The mailbox for the run; Playwright calls the returned function when the run ends. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const mailbox = await startMailbox(
    Number(process.env['E2E_SMTP_PORT']),
    process.env['E2E_MAIL_DIR'] as string,
  );
  return () => mailbox.stop();
}
