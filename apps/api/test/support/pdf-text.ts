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
const { text, pages } = await parser.getText();
process.stdout.write(JSON.stringify({ text, pages: pages.map((page) => page.text) }));
await parser.destroy();
`;

function parsePdf(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['--input-type=module', '-e', SCRIPT],
      { maxBuffer: 20 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout))),
    );
    child.stdin?.end(pdf);
  });
}

export async function pdfText(pdf: Buffer): Promise<string> {
  return (await parsePdf(pdf)).text;
}

/** Each page's text, first page first. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  return (await parsePdf(pdf)).pages;
}
