import { connect, createServer, type Server, type Socket } from 'node:net';

/** One statement a client sent: its SQL and, for the extended protocol, its parameters. */
export interface CapturedStatement {
  sql: string;
  params: (string | null)[];
}

/**
 * Reads the client → server half of the PostgreSQL wire protocol and reports each statement:
 * a simple Query ('Q'), or an Execute ('E') of what the last Bind ('B') set up: the statement
 * it names, parsed ('P') earlier on this connection, or the last unnamed one (node-postgres
 * sends text parameters, and names only the statements the app marks as prepared). The first
 * message of a connection (startup, or an SSL request) has no type byte and is skipped.
 */
export class StatementReader {
  private buffer: Buffer = Buffer.alloc(0);
  private started = false;
  /** Parsed statements by name; '' is the unnamed one. */
  private readonly parsed = new Map<string, string>();
  private sql = '';
  private params: (string | null)[] = [];

  constructor(private readonly onStatement: (statement: CapturedStatement) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    for (;;) {
      if (!this.started) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        // An SSLRequest (code 80877103) is followed by the real startup message.
        this.started = this.buffer.readInt32BE(4) !== 80877103;
        this.buffer = this.buffer.subarray(length);
        continue;
      }
      if (this.buffer.length < 5) return;
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < length + 1) return;
      this.message(String.fromCharCode(this.buffer[0]), this.buffer.subarray(5, length + 1));
      this.buffer = this.buffer.subarray(length + 1);
    }
  }

  private message(type: string, body: Buffer): void {
    if (type === 'Q') {
      this.onStatement({ sql: body.toString('utf8', 0, body.indexOf(0)), params: [] });
    } else if (type === 'P') {
      const nameEnd = body.indexOf(0);
      const name = body.toString('utf8', 0, nameEnd);
      this.parsed.set(name, body.toString('utf8', nameEnd + 1, body.indexOf(0, nameEnd + 1)));
    } else if (type === 'B') {
      const portalEnd = body.indexOf(0);
      const name = body.toString('utf8', portalEnd + 1, body.indexOf(0, portalEnd + 1));
      this.sql = this.parsed.get(name) ?? '';
      this.params = readBindParameters(body);
    } else if (type === 'E') {
      this.onStatement({ sql: this.sql, params: this.params });
    }
  }
}

function readBindParameters(body: Buffer): (string | null)[] {
  let offset = body.indexOf(0) + 1; // portal
  offset = body.indexOf(0, offset) + 1; // statement
  const formats = body.readInt16BE(offset);
  offset += 2 + 2 * formats;
  const count = body.readInt16BE(offset);
  offset += 2;
  const params: (string | null)[] = [];
  for (let i = 0; i < count; i++) {
    const length = body.readInt32BE(offset);
    offset += 4;
    if (length < 0) {
      params.push(null);
    } else {
      params.push(body.toString('utf8', offset, offset + length));
      offset += length;
    }
  }
  return params;
}

/**
 * A TCP proxy in front of PostgreSQL that counts (and optionally keeps) the statements passing
 * through, so the benchmark can count the SQL a GraphQL request costs without touching the app
 * or the server's configuration (pg_stat_statements is not preloaded on a shared server).
 */
export class CountingPgProxy {
  count = 0;
  captured: CapturedStatement[] | null = null;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly target: { host: string; port: number },
    private readonly filter: (statement: CapturedStatement) => boolean = () => true,
  ) {}

  /** Starts listening on a free loopback port and returns it. */
  async start(): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      const reader = new StatementReader((statement) => {
        if (!this.filter(statement)) return;
        this.count += 1;
        this.captured?.push(statement);
      });
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.on('data', (chunk: Buffer) => {
        reader.push(chunk);
        upstream.write(chunk);
      });
      upstream.on('data', (chunk: Buffer) => client.write(chunk));
      client.on('end', () => upstream.end());
      upstream.on('end', () => client.end());
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('proxy did not start');
    return address.port;
  }

  /** Counts (and keeps, if `keep`) the statements `work` causes. */
  async measure<T>(
    work: () => Promise<T>,
    keep = false,
  ): Promise<{ statements: number; captured: CapturedStatement[]; result: T }> {
    this.count = 0;
    this.captured = keep ? [] : null;
    const result = await work();
    const captured = this.captured ?? [];
    this.captured = null;
    return { statements: this.count, captured, result };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}
