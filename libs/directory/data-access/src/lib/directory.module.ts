import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';

import { DirectoryResolver } from './directory.resolver';
import { DirectoryService } from './directory.service';
import { Organisation } from './organisation.entity';
import { Person } from './person.entity';

export const DIRECTORY_ENTITIES = [Organisation, Person];

@Module({
  imports: [TypeOrmModule.forFeature(DIRECTORY_ENTITIES), AuditModule],
  providers: [DirectoryService, DirectoryResolver],
  exports: [DirectoryService],
})
export class DirectoryModule {}
