import type { Response } from 'express';

/** Sends a generated workbook (an import template) as a download that is never cached. */
export function sendWorkbook(response: Response, fileName: string, workbook: Buffer): void {
  response
    .status(200)
    .set({
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'private, no-store',
    })
    .send(workbook);
}
