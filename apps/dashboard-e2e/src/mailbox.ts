import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { SmtpReceiver } from '@cynnydd/shared/testing';

import { currentProduct } from './servers';

/** A message the API sent during the run, as the browser tests read it. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  /** An invitation's iCalendar part (text/calendar), as sent. */
  calendar: string | null;
}

/**
 * A product's mailbox: a real SMTP server (started once by global setup, on the port its API is
 * given) that files each message in `directory` for the tests, which run in other processes.
 */
export async function startMailbox(port: number, directory: string): Promise<SmtpReceiver> {
  const receiver = new SmtpReceiver((mail) => {
    const received: ReceivedMail = {
      to: SmtpReceiver.recipients(mail),
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      calendar:
        mail.attachments
          .find((part) => part.contentType.startsWith('text/calendar'))
          ?.content.toString('utf8') ?? null,
    };
    // Named by arrival, so reading the folder in name order gives the order received.
    writeFileSync(join(directory, `${Date.now()}-${randomUUID()}.json`), JSON.stringify(received));
  });
  await receiver.start(port);
  return receiver;
}

/**
 * The messages the worker's product sent to `address` so far, waiting up to ten seconds for
 * `count` of them.
 */
export async function mailTo(address: string, count = 1): Promise<ReceivedMail[]> {
  const directory = currentProduct().mailDirectory;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const received = readdirSync(directory)
      .sort()
      .map((name) => JSON.parse(readFileSync(join(directory, name), 'utf8')) as ReceivedMail)
      .filter((mail) => mail.to.includes(address));
    if (received.length >= count || Date.now() > deadline) return received;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The path and query of the set-password link in a message. */
export function setPasswordLink(mail: ReceivedMail): string {
  const link = /https?:\/\/[^\s]+(\/set-password\?token=[\w-]+)/.exec(mail.text)?.[1];
  if (!link) throw new Error(`No set-password link in: ${mail.text}`);
  return link;
}
