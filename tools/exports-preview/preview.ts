/**
 * `npm run exports:preview`: every export of the latest issued board papers, as PNG pages for a
 * person to look at (docs/board-papers.md). Runs against a running Cynnydd (`npm start`), signed
 * in as the demo operational group: Word and PowerPoint files are opened in LibreOffice and
 * printed to PDF (as a reader would see them), and each PDF page is drawn as a PNG by
 * poppler's pdftoppm. Options: --url (default http://127.0.0.1:3000), --email, --password,
 * --out (default dist/exports-preview).
 */
import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { printWithLibreOffice } from '@cynnydd/shared/testing';

const run = promisify(execFile);
const FORMATS = ['docx', 'pdf', 'pptx'] as const;
const LANGUAGES = ['en', 'cy', 'both'] as const;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

async function signIn(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { expiresAt } }',
      variables: { input: { email, password } },
    }),
  });
  const cookie = response.headers.get('set-cookie');
  if (!cookie) throw new Error(`Could not sign in to ${url} as ${email}`);
  return cookie.split(';')[0];
}

interface IssuedReport {
  id: string;
  audience: string;
  state: string;
  edition: number;
  reportingPeriod: { label: string };
}

async function latestIssued(url: string, cookie: string): Promise<IssuedReport[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({
      query: '{ reports { id audience state edition reportingPeriod { label } } }',
    }),
  });
  const { data } = (await response.json()) as { data: { reports: IssuedReport[] } };
  const issued = data.reports.filter((report) => report.state === 'ISSUED');
  // Newest period first: the first of each audience is its latest paper.
  return ['OVERSIGHT_BOARD', 'JOINT_BOARD']
    .map((audience) => issued.find((report) => report.audience === audience))
    .filter((report): report is IssuedReport => Boolean(report));
}

async function main() {
  const url = option('url', 'http://127.0.0.1:3000');
  const out = resolve(option('out', 'dist/exports-preview'));
  await run('pdftoppm', ['-v']).catch(() => {
    throw new Error('pdftoppm is missing: apt-get install -y poppler-utils');
  });
  const cookie = await signIn(
    url,
    option('email', 'elin.roberts@socialcare.example.wales'),
    option('password', 'cynnydd-demo-2026'),
  );
  await rm(out, { recursive: true, force: true });
  for (const report of await latestIssued(url, cookie)) {
    for (const format of FORMATS) {
      for (const language of LANGUAGES) {
        const name = `${report.audience.toLowerCase()}-${report.reportingPeriod.label.replace(/\s+/g, '-')}-${format}-${language}`;
        const response = await fetch(
          `${url}/reports/${report.id}/export?format=${format}&language=${language}`,
          { headers: { cookie } },
        );
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        const file = Buffer.from(await response.arrayBuffer());
        const pdf = format === 'pdf' ? file : await printWithLibreOffice(file, format);
        const folder = join(out, name);
        await mkdir(folder, { recursive: true });
        await writeFile(join(folder, `${name}.${format}`), file);
        await writeFile(join(folder, `${name}.pdf`), pdf);
        await run('pdftoppm', [
          '-png',
          '-r',
          '60',
          join(folder, `${name}.pdf`),
          join(folder, 'page'),
        ]);
        console.log(`${name}: ${folder}`);
      }
    }
  }
  console.log(`\nPages written under ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
