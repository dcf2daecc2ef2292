import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { Browser } from 'playwright-core';

import { serviceUnavailable } from '@cynnydd/server/core';

export interface PdfSettings {
  /** Chromium to print with; Debian's package by default. */
  chromiumPath: string;
}

export const PDF_SETTINGS = Symbol('PDF_SETTINGS');

/** Without a frame of its own: page numbers alone. */
const PAGE_NUMBERS = {
  header: '<span></span>',
  footer:
    '<div style="font-size:8pt;width:100%;text-align:center"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
};

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Prints HTML to PDF in headless Chromium. One browser is started on first use and shared;
 * each print gets its own page, with scripts and network off since the HTML is self-contained.
 */
@Injectable()
export class PdfPrinter implements OnApplicationShutdown {
  private readonly logger = new Logger(PdfPrinter.name);
  private browser: Promise<Browser> | null = null;

  constructor(@Inject(PDF_SETTINGS) private readonly settings: PdfSettings) {}

  /**
   * A tagged PDF (headings, tables and language for assistive technology) with bookmarks from
   * the headings, and `frame`'s header and footer on every page (Chromium's templates:
   * `pageNumber` and `totalPages` are filled in).
   */
  async print(
    html: string,
    frame: { header: string; footer: string } = PAGE_NUMBERS,
  ): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
        displayHeaderFooter: true,
        headerTemplate: frame.header,
        footerTemplate: frame.footer,
        tagged: true,
        outline: true,
      });
    } finally {
      await context.close();
    }
  }

  /**
   * Playwright is loaded with the first print, not with the API: most processes never print,
   * and it was the largest single library the API loaded (about 0.45 of 3 s under Jest).
   */
  private launch(): Promise<Browser> {
    this.browser ??= import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({ executablePath: this.settings.chromiumPath, args: FLAGS }),
      )
      .catch((error: unknown) => {
        this.browser = null;
        this.logger.error(`Chromium did not start: ${String(error)}`);
        throw serviceUnavailable(
          `PDF export needs Chromium at ${this.settings.chromiumPath} (set CHROMIUM_PATH)`,
        );
      });
    return this.browser;
  }

  async onApplicationShutdown(): Promise<void> {
    const browser = await this.browser?.catch(() => null);
    await browser?.close();
  }
}
