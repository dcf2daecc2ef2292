import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type SendMailOptions, type Transporter } from 'nodemailer';

/** How e-mail leaves Cynnydd; from the environment (SMTP_URL, MAIL_FROM, PUBLIC_URL). */
export interface MailSettings {
  /** e.g. "smtp://user:password@smtp.example.wales:587"; null sends no e-mail. */
  smtpUrl: string | null;
  /** Sender, e.g. "Cynnydd <cynnydd@heiw.example.wales>". */
  from: string;
  /** Where the dashboard is reached, for links in e-mails. */
  publicUrl: string;
}

export const MAIL_SETTINGS = Symbol('MAIL_SETTINGS');

export interface OutgoingMail extends MailExtras {
  to: string;
  subject: string;
  text: string;
}

/** What some notices carry besides their text: files, or a calendar invitation. */
export type MailExtras = Pick<SendMailOptions, 'attachments' | 'icalEvent'>;

/** Sends plain-text mail (with any attachments) through the configured SMTP server (nodemailer). */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(MAIL_SETTINGS) readonly settings: MailSettings) {
    this.transport = settings.smtpUrl
      ? // Connection options (pool, timeouts, TLS) can be given as URL parameters.
        createTransport(settings.smtpUrl, { from: settings.from })
      : null;
    if (!this.transport) this.logger.log('SMTP_URL is not set: notices are shown in-app only');
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('No SMTP server is configured');
    await this.transport.sendMail(mail);
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
