import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { folderBlockingPostgresUser } from './embedded-postgres';

const asRoot = process.getuid?.() === 0;
// Another user's ids: neither owner nor group of the folders made here.
const otherUser = { uid: 54_321, gid: 54_321 };

describe('embedded PostgreSQL in a folder the postgres OS user cannot enter', () => {
  let root: string;
  let privateFolder: string;

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cynnydd-anywhere-'));
    chmodSync(root, 0o755);
    privateFolder = join(root, 'private');
    mkdirSync(join(privateFolder, 'project'), { recursive: true });
    chmodSync(privateFolder, 0o700);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('names the first folder on the way that other users cannot enter', () => {
    expect(folderBlockingPostgresUser(join(privateFolder, 'project', 'data'), otherUser)).toBe(
      privateFolder,
    );
  });

  it('finds nothing in the way once the folder lets others enter', () => {
    chmodSync(privateFolder, 0o711);
    expect(folderBlockingPostgresUser(join(privateFolder, 'project', 'data'), otherUser)).toBe(
      undefined,
    );
  });

  it('lets the folder owner through by the owner bits', () => {
    const { uid, gid } = { uid: process.getuid?.() ?? 0, gid: 54_321 };
    expect(folderBlockingPostgresUser(join(privateFolder, 'project'), { uid, gid })).toBe(
      undefined,
    );
  });

  (asRoot ? it : it.skip)(
    'as root, refuses with one sentence saying what to do instead of failing in initdb (runs only as root, where PostgreSQL switches to the postgres user)',
    () => {
      const dataDir = join(privateFolder, 'project', '.data', 'postgres');
      // embedded-postgres is ESM, which Jest's module sandbox cannot import: start it in Node itself.
      const { status, stderr } = spawnSync(
        process.execPath,
        [
          '--require',
          'ts-node/register',
          '--eval',
          `require(${JSON.stringify(require.resolve('./embedded-postgres'))})
            .startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: 54398, database: 'cynnydd' })
            .catch((error) => { console.error(error.name + ': ' + error.message); process.exit(1); });`,
        ],
        {
          encoding: 'utf8',
          env: {
            ...process.env,
            TS_NODE_TRANSPILE_ONLY: '1',
            TS_NODE_COMPILER_OPTIONS: '{"module":"commonjs"}',
          },
        },
      );
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toEqual([
        `EmbeddedPostgresError: The embedded PostgreSQL runs as the "postgres" OS user when started as root, and that user cannot enter ${privateFolder} (which holds the database folder): set CYNNYDD_DATA_DIR to a folder other users can enter, or set DATABASE_URL to a PostgreSQL server you run yourself.`,
      ]);
    },
  );
});
