import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { RequirePermission, UuidPipe } from '@cynnydd/server/core';
import { Permission } from '@cynnydd/shared/domain';

import { PublicationsService } from '../publications.service';
import { sendPublicResponse } from './public-response';
import { PREVIEW_BASE } from './public-routes';
import { PublicSiteService } from './public-site.service';

/**
 * A draft's public pages for those who publish. The published site itself is served ahead of
 * Nest (`servePublicSite`), since it needs no session.
 */
@Controller()
export class PublicSiteController {
  constructor(
    private readonly site: PublicSiteService,
    private readonly publications: PublicationsService,
  ) {}

  /** A draft's pages exactly as the public will see them. */
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
    sendPublicResponse(request, response, answer, 'private, no-store');
  }
}
