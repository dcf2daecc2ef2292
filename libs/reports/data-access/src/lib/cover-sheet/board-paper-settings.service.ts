import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '@cynnydd/audit/data-access';
import { assertVersion, mergeBilingual, updateVersioned } from '@cynnydd/server/core';
import type { Actor } from '@cynnydd/shared/domain';

import { BoardPaperSettings } from './board-paper-settings.entity';
import { changeCoverSheet } from './cover-sheet';
import type { UpdateBoardPaperSettingsInput } from './cover-sheet.inputs';

/** The programme office's board paper defaults (one row, made by the migration). */
@Injectable()
export class BoardPaperSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  get(manager: EntityManager = this.dataSource.manager): Promise<BoardPaperSettings> {
    return manager.findOneByOrFail(BoardPaperSettings, { singleton: true });
  }

  async update(actor: Actor, input: UpdateBoardPaperSettingsInput): Promise<BoardPaperSettings> {
    return this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneOrFail(BoardPaperSettings, {
        where: { singleton: true },
        lock: { mode: 'pessimistic_write' },
      });
      assertVersion(before.version, input.expectedVersion, () => before);
      const after = await updateVersioned(
        manager,
        BoardPaperSettings,
        before.id,
        input.expectedVersion,
        {
          coverSheet: input.coverSheet
            ? changeCoverSheet(before.coverSheet, input.coverSheet)
            : before.coverSheet,
          classification: mergeBilingual(
            before.classification,
            input.classification,
            'classification',
          ),
          layout: input.layout ?? before.layout,
        },
        (current) => current,
      );
      await this.audit.changed(manager, actor, 'BoardPaperSettings', before, after);
      return after;
    });
  }
}
