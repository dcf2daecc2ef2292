export * from './lib/directory.module';
export * from './lib/directory.service';
export * from './lib/models/organisation.model';
export * from './lib/models/person.model';
export * from './lib/organisation.entity';
export * from './lib/person.entity';
