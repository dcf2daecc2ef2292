import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuditModule } from '@cynnydd/audit/data-access';

import { PublicSiteController } from './public-site/public-site.controller';
import { PUBLIC_SITE_OPTIONS, type PublicSiteOptions } from './public-site/public-site.options';
import { PublicSiteService } from './public-site/public-site.service';
import { Publication } from './publication.entity';
import { PublicationsResolver } from './publications.resolver';
import { PublicationsService } from './publications.service';

export const PUBLICATIONS_ENTITIES = [Publication];

/** Public progress: publishing issued reports and the public pages, open data and feeds. */
@Module({})
export class PublicationsModule {
  static forRoot(options: PublicSiteOptions): DynamicModule {
    return {
      module: PublicationsModule,
      imports: [TypeOrmModule.forFeature(PUBLICATIONS_ENTITIES), AuditModule],
      providers: [
        { provide: PUBLIC_SITE_OPTIONS, useValue: options },
        PublicationsService,
        PublicationsResolver,
        PublicSiteService,
      ],
      controllers: [PublicSiteController],
      exports: [PublicationsService],
    };
  }
}
