import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { createInterface } from 'node:readline';

/** One answer as it travelled: status, headers and the bytes on the wire (compressed or not). */
export interface RecordedAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Asks once and keeps the answer exactly as sent, without decompressing it (unlike fetch). */
export function recordAnswer(
  url: string,
  headers: Record<string, string>,
): Promise<RecordedAnswer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: Object.fromEntries(
            Object.entries(response.headers)
              .filter(([name]) => !['connection', 'keep-alive', 'date'].includes(name))
              .map(([name, value]) => [name, String(value)]),
          ),
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

// Node's http module and nothing else: it sends the recorded answer to every request.
const BARE_SERVER = `
const { createServer } = require('node:http');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', () => {
  const { status, headers, body } = JSON.parse(Buffer.concat(chunks).toString());
  const bytes = Buffer.from(body, 'base64');
  const server = createServer((request, response) => {
    response.writeHead(status, headers);
    response.end(bytes);
  });
  server.keepAliveTimeout = 65000;
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
});
`;

/**
 * The least it costs to serve `answer`: a bare Node server in its own process. A load sent here instead
 * of to the API costs the machine what the load generator and the kernel's networking cost, which
 * on one machine is the benchmark's own share of "beside the readers" (real readers are on
 * other machines), and nothing of Cynnydd's.
 */
export async function startBareServer(
  answer: RecordedAnswer,
): Promise<{ url: string; stop(): Promise<void> }> {
  const child = spawn(process.execPath, ['-e', BARE_SERVER], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(JSON.stringify({ ...answer, body: answer.body.toString('base64') }));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolve(Number(line)));
    child.once('exit', (code) => reject(new Error(`the bare server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
