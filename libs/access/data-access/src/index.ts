export * from './lib/access.module';
export * from './lib/auth.service';
export * from './lib/models/user.model';
export * from './lib/passwords';
export * from './lib/session.entity';
export * from './lib/session.middleware';
export * from './lib/user.entity';
export * from './lib/users.service';
