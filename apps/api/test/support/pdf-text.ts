import { execFile } from 'node:child_process';

/*
 * pdf.js (inside pdf-parse) loads its worker with a dynamic import(), which Jest's module
 * sandbox does not allow; so the text is extracted by a plain Node process.
 */
const SCRIPT = `
import { PDFParse } from 'pdf-parse';
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const parser = new PDFParse({ data: Buffer.concat(chunks) });
process.stdout.write((await parser.getText()).text);
await parser.destroy();
`;

export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', SCRIPT],
      { maxBuffer: 20 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin?.end(pdf);
  });
}
