import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it receives, parsed. */
export class SmtpReceiver {
  readonly messages: ParsedMail[] = [];
  private server!: SMTPServer;

  /** `onMessage` is told of each message as it arrives. */
  constructor(private readonly onMessage: (mail: ParsedMail) => void = () => undefined) {}

  /** Listens on `port` (any free one by default) and returns the server's smtp:// URL. */
  async start(port = 0): Promise<string> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            this.onMessage(mail);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    const address = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${address.port}`;
  }

  /** Messages to `address`, waiting up to five seconds for `count` of them. */
  async to(address: string, count = 1): Promise<ParsedMail[]> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const received = this.messages.filter((mail) =>
        SmtpReceiver.recipients(mail).includes(address),
      );
      if (received.length >= count || Date.now() > deadline) return received;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The addresses a message was sent to. */
  static recipients(mail: ParsedMail): string[] {
    const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    return to.flatMap((address) => address.value.map((entry) => entry.address ?? ''));
  }
}
