import { startMailbox } from './mailbox';
import { PRODUCTS } from './servers';

/** A mailbox for each product; Playwright calls the returned function when the run ends. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const mailboxes = await Promise.all(
    PRODUCTS.map((product) => startMailbox(product.smtpPort, product.mailDirectory)),
  );
  return async () => {
    await Promise.all(mailboxes.map((mailbox) => mailbox.stop()));
  };
}
