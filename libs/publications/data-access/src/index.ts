export * from './lib/publications.module';
export * from './lib/publications.service';
export * from './lib/publication.entity';
export * from './lib/public-snapshot';
export * from './lib/models/publication.model';
export * from './lib/open-data/open-data';
export * from './lib/public-site/public-routes';
export type { PublicSiteOptions } from './lib/public-site/public-site.options';
export { PublicSiteService } from './lib/public-site/public-site.service';
export {
  madePublicAnswer,
  sendPublicAnswer,
  servePublicSite,
} from './lib/public-site/serve-public-site';
