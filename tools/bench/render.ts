import { chromium } from 'playwright-core';

import { percentile } from './stats';

/** Chromium as the probe and the browser tests start it: no first-run, sync or update traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Time from navigation to the overview's first meaningful render: the RAG table for the
 * period is on screen (its data has arrived and been drawn). Each run uses a fresh context,
 * so nothing is cached. Also reports the browser's first contentful paint.
 */
export async function overviewRenderTimes(
  baseUrl: string,
  cookie: string,
  runs: number,
): Promise<{ meaningful: number[]; firstContentfulPaint: number[] }> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const [name, value] = cookie.split('=');
  const meaningful: number[] = [];
  const firstContentfulPaint: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      await context.addCookies([{ name, value, url: baseUrl }]);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`, { waitUntil: 'commit' });
      await page.locator('main table').first().waitFor({ state: 'visible', timeout: 30_000 });
      const timing = await page.evaluate(() => ({
        now: performance.now(),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      meaningful.push(timing.now);
      firstContentfulPaint.push(timing.fcp);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { meaningful, firstContentfulPaint };
}

export function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
}
