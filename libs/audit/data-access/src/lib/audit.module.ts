import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditEntry } from './audit-entry.entity';
import { AuditExportController } from './audit-export.controller';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

export const AUDIT_ENTITIES = [AuditEntry];

@Module({
  imports: [TypeOrmModule.forFeature(AUDIT_ENTITIES)],
  controllers: [AuditExportController],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule {}
