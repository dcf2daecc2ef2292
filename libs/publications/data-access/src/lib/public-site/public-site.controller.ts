import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import fresh from 'fresh';

import { Public, RequirePermission, UuidPipe } from '@cynnydd/server/core';
import { Permission } from '@cynnydd/shared/domain';

import { PublicationsService } from '../publications.service';
import type { PublicResponse } from './public-response';
import { PREVIEW_BASE } from './public-routes';
import { PublicSiteService } from './public-site.service';

/**
 * Browsers and CDNs may keep a page for a minute, then revalidate it with its ETag or
 * Last-Modified: a withdrawal reaches every reader within a minute, and a CDN in front can hold
 * the site on publication day.
 */
const PUBLIC_CACHING = 'public, max-age=60';

/** Sends a prepared answer: 304 when the reader's copy is current, else its best encoding. */
function send(request: Request, response: Response, answer: PublicResponse, caching: string) {
  response.status(answer.status);
  response.set({
    'content-type': answer.contentType,
    'cache-control': caching,
    vary: 'Accept-Encoding',
    etag: answer.etag,
    ...(answer.lastModified ? { 'last-modified': answer.lastModified.toUTCString() } : {}),
    ...answer.headers,
  });
  if (answer.framable) {
    // Framed by the organisations' websites: the CSP's frame-ancestors says which, and the older
    // X-Frame-Options (SAMEORIGIN from helmet) would refuse them.
    response.removeHeader('x-frame-options');
  }
  const current = fresh(request.headers, {
    etag: answer.etag,
    'last-modified': answer.lastModified?.toUTCString(),
  });
  if (current && answer.status === 200) {
    response.status(304).end();
    return;
  }
  const encoding = request.acceptsEncodings('br', 'gzip', 'identity');
  if (encoding === 'br' || encoding === 'gzip') response.set('content-encoding', encoding);
  response.end(encoding === 'br' ? answer.brotli : encoding === 'gzip' ? answer.gzip : answer.body);
}

/** The public progress pages, open data and feeds: no session, published snapshots only. */
@Controller()
export class PublicSiteController {
  constructor(
    private readonly site: PublicSiteService,
    private readonly publications: PublicationsService,
  ) {}

  @Get(['en/progress{/*rest}', 'cy/cynnydd{/*rest}', 'open-data/publications/:file'])
  @Public()
  async page(@Req() request: Request, @Res() response: Response): Promise<void> {
    send(request, response, await this.site.respond(request.path), PUBLIC_CACHING);
  }

  /** A draft's pages exactly as the public will see them; only for those who publish. */
  @Get('publications/:id/preview/*rest')
  @RequirePermission(Permission.PUBLISH_PROGRESS)
  async preview(
    @Param('id', UuidPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const publication = await this.publications.get(id);
    const snapshot = await this.publications.preview(publication);
    const answer = await this.site.renderPreview(snapshot, request.path, PREVIEW_BASE(id));
    if (!answer) {
      response.status(404).type('text/plain').send('Not a page of the preview');
      return;
    }
    send(request, response, answer, 'private, no-store');
  }
}
