import { Controller, Get, Query, Res, UseInterceptors } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import ExcelJS from 'exceljs';
import type { Response } from 'express';

import { HttpRequestsInFlightInterceptor, IsId, RequirePermission } from '@cynnydd/server/core';
import { LANGUAGES, Permission, type Label, type Language } from '@cynnydd/shared/domain';

import { AuditAction, type AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';

/** The audit log's filters as query parameters, plus the language of the headings. */
export class AuditExportQuery {
  @IsOptional()
  @IsId()
  actorUserId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(50)
  entityType?: string;

  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;

  @IsIn(LANGUAGES)
  language!: Language;
}

/** More than a year of a busy programme; beyond it a download must be narrowed. */
export const AUDIT_EXPORT_LIMIT = 50_000;

const HEADINGS: Label[] = [
  { en: 'When (UTC)', cy: 'Pryd (UTC)' },
  { en: 'Who', cy: 'Pwy' },
  { en: 'Action', cy: 'Gweithred' },
  { en: 'Record type', cy: 'Math o gofnod' },
  { en: 'Record', cy: 'Cofnod' },
  { en: 'Field', cy: 'Maes' },
  { en: 'Before', cy: 'Cyn' },
  { en: 'After', cy: 'Ar ôl' },
];

export const AUDIT_ACTION_LABELS: Record<AuditAction, Label> = {
  [AuditAction.CREATE]: { en: 'Created', cy: 'Crëwyd' },
  [AuditAction.UPDATE]: { en: 'Changed', cy: 'Newidiwyd' },
  [AuditAction.DELETE]: { en: 'Deleted', cy: 'Dilëwyd' },
  [AuditAction.STATE_CHANGE]: { en: 'State changed', cy: 'Newidiwyd y cyflwr' },
};

/** One row per changed field, so the file sorts and filters in a spreadsheet. */
function rowsOf(entry: AuditEntry, language: Language): unknown[][] {
  const common = [
    entry.occurredAt.toISOString(),
    entry.actorEmail ?? '',
    AUDIT_ACTION_LABELS[entry.action][language],
    entry.entityType,
    entry.entityId,
  ];
  if (entry.changes.length === 0) return [[...common, '', '', '']];
  return entry.changes.map((change) => [
    ...common,
    change.field,
    change.before ?? '',
    change.after ?? '',
  ]);
}

/** Download: GET /audit/export.csv?actorUserId&entityType&action&from&to&language=en|cy */
@Controller('audit')
@UseInterceptors(HttpRequestsInFlightInterceptor)
export class AuditExportController {
  constructor(private readonly audit: AuditService) {}

  @Get('export.csv')
  @RequirePermission(Permission.READ_AUDIT_LOG)
  async download(@Query() query: AuditExportQuery, @Res() response: Response): Promise<void> {
    const { language, ...filter } = query;
    const entries = await this.audit.all(filter, AUDIT_EXPORT_LIMIT);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('audit');
    sheet.addRow(HEADINGS.map((heading) => heading[language]));
    for (const entry of entries) sheet.addRows(rowsOf(entry, language));
    const body = Buffer.from(await workbook.csv.writeBuffer());
    response
      .status(200)
      .set({
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': 'attachment; filename="audit-log.csv"',
        'cache-control': 'private, no-store',
      })
      // A byte-order mark, so Excel reads the Welsh letters as UTF-8.
      .send(Buffer.concat([Buffer.from('\ufeff'), body]));
  }
}
