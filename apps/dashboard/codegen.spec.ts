/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const workspaceRoot = join(__dirname, '../..');
const committed = join(__dirname, 'src/gql');
const bin = (name: string) => join(workspaceRoot, 'node_modules/.bin', name);

describe('generated GraphQL types', () => {
  let scratch: string;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'dashboard-gql-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('match the API schema and the operations (run `nx run dashboard:codegen` if not)', () => {
    execFileSync(bin('graphql-codegen'), ['--config', join(__dirname, 'codegen.ts'), '--silent'], {
      cwd: workspaceRoot,
      env: { ...process.env, CODEGEN_OUT: scratch },
      stdio: 'pipe',
    });
    const generated = readdirSync(scratch).sort();
    expect(readdirSync(committed).sort()).toEqual(generated);

    for (const file of generated) {
      // Formatted as if it were the committed file, so the project's Prettier settings apply.
      const formatted = execFileSync(
        bin('prettier'),
        ['--stdin-filepath', relative(workspaceRoot, join(committed, file))],
        { cwd: workspaceRoot, input: readFileSync(join(scratch, file)), encoding: 'utf8' },
      );
      expect({ file, text: readFileSync(join(committed, file), 'utf8') }).toEqual({
        file,
        text: formatted,
      });
    }
  }, 60_000);
});
