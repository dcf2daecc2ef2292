import { Controller, Get, Param, Query, Res, UseInterceptors } from '@nestjs/common';
import { IsIn } from 'class-validator';
import type { Response } from 'express';

import { EXPORT_LANGUAGES, type ExportLanguage } from '@cynnydd/reports/data-access';
import {
  CurrentActor,
  HttpRequestsInFlightInterceptor,
  RequirePermission,
  UuidPipe,
} from '@cynnydd/server/core';
import { Permission, type Actor } from '@cynnydd/shared/domain';

import { MeetingNoticeService } from './meeting-notice.service';

export class BriefingQuery {
  @IsIn(EXPORT_LANGUAGES)
  language: ExportLanguage = 'both';
}

/** Download: GET /meetings/:id/briefing.docx?language=en|cy|both */
@Controller('meetings')
@UseInterceptors(HttpRequestsInFlightInterceptor)
export class BriefingNoteController {
  constructor(private readonly notices: MeetingNoticeService) {}

  @Get(':id/briefing.docx')
  @RequirePermission(Permission.READ)
  async download(
    @Param('id', UuidPipe) id: string,
    @Query() query: BriefingQuery,
    @CurrentActor() actor: Actor,
    @Res() response: Response,
  ): Promise<void> {
    const file = await this.notices.briefingFile(actor, id, query.language);
    response
      .status(200)
      .set({
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
        'cache-control': 'private, no-store',
      })
      .send(file.body);
  }
}
