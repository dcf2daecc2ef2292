import { startMailbox } from './mailbox';
import { startProduct } from './products';
import { PRODUCTS } from './servers';

/**
 * A mailbox and a product for each worker, the products started together; Playwright calls the
 * returned function when the run ends.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const mailboxes = await Promise.all(
    PRODUCTS.map((product) => startMailbox(product.smtpPort, product.mailDirectory)),
  );
  const started = await Promise.allSettled(PRODUCTS.map((product) => startProduct(product)));
  const products = started.flatMap((result) =>
    result.status === 'fulfilled' ? [result.value] : [],
  );
  const stop = async () => {
    await Promise.all(products.map((product) => product.stop()));
    await Promise.all(mailboxes.map((mailbox) => mailbox.stop()));
  };
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return stop;
}
