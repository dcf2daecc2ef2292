import { StatementReader, type CapturedStatement } from './pg-proxy';

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const cstring = (text: string) => Buffer.from(`${text}\0`);

function startup(): Buffer {
  const body = Buffer.concat([
    Buffer.from([0, 3, 0, 0]),
    cstring('user'),
    cstring('postgres'),
    Buffer.from([0]),
  ]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([length, body]);
}

function bind(params: (string | null)[], statement = ''): Buffer {
  const parts = [cstring(''), cstring(statement), Buffer.from([0, 0])];
  const count = Buffer.alloc(2);
  count.writeInt16BE(params.length);
  parts.push(count);
  for (const param of params) {
    const length = Buffer.alloc(4);
    length.writeInt32BE(param === null ? -1 : Buffer.byteLength(param));
    parts.push(length);
    if (param !== null) parts.push(Buffer.from(param));
  }
  parts.push(Buffer.from([0, 0]));
  return message('B', Buffer.concat(parts));
}

describe('StatementReader', () => {
  it('reports simple queries and executed extended-protocol statements with their parameters', () => {
    const seen: CapturedStatement[] = [];
    const reader = new StatementReader((statement) => seen.push(statement));
    const stream = Buffer.concat([
      startup(),
      message('Q', cstring('BEGIN')),
      message('P', Buffer.concat([cstring(''), cstring('SELECT $1, $2'), Buffer.from([0, 0])])),
      bind(['42', null]),
      message('D', Buffer.from('P\0')),
      message('E', Buffer.concat([cstring(''), Buffer.alloc(4)])),
      message('S', Buffer.alloc(0)),
    ]);
    // Split at awkward places: messages arrive in arbitrary TCP chunks.
    for (let i = 0; i < stream.length; i += 7) reader.push(stream.subarray(i, i + 7));
    expect(seen).toEqual([
      { sql: 'BEGIN', params: [] },
      { sql: 'SELECT $1, $2', params: ['42', null] },
    ]);
  });

  it('reads a named statement run again without a Parse, between unnamed ones', () => {
    const seen: CapturedStatement[] = [];
    const reader = new StatementReader((statement) => seen.push(statement));
    const parse = (name: string, sql: string) =>
      message('P', Buffer.concat([cstring(name), cstring(sql), Buffer.from([0, 0])]));
    const execute = message('E', Buffer.concat([cstring(''), Buffer.alloc(4)]));
    reader.push(
      Buffer.concat([
        startup(),
        parse('cynnydd_a', 'SELECT $1::uuid'),
        bind(['one'], 'cynnydd_a'),
        execute,
        parse('', 'SELECT $1::int'),
        bind(['2']),
        execute,
        bind(['three'], 'cynnydd_a'),
        execute,
      ]),
    );
    expect(seen).toEqual([
      { sql: 'SELECT $1::uuid', params: ['one'] },
      { sql: 'SELECT $1::int', params: ['2'] },
      { sql: 'SELECT $1::uuid', params: ['three'] },
    ]);
  });
});
