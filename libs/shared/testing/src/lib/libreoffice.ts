import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Opens a Word or PowerPoint file in LibreOffice (Debian's libreoffice-writer-nogui and
 * libreoffice-impress-nogui, headless) and returns it printed to PDF: a real reader's layout,
 * not our own. Each call has its own LibreOffice profile, so calls can run side by side.
 */
export async function printWithLibreOffice(
  file: Buffer,
  extension: 'docx' | 'pptx',
): Promise<Buffer> {
  const directory = await mkdtemp(join(tmpdir(), 'cynnydd-libreoffice-'));
  try {
    const input = join(directory, `paper.${extension}`);
    await writeFile(input, file);
    await new Promise<void>((resolve, reject) =>
      execFile(
        'soffice',
        [
          `-env:UserInstallation=file://${join(directory, `profile-${randomUUID()}`)}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf',
          '--outdir',
          directory,
          input,
        ],
        { timeout: 180_000 },
        (error) => (error ? reject(error) : resolve()),
      ),
    );
    return await readFile(join(directory, 'paper.pdf'));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}
