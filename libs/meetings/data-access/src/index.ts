export * from './lib/attendance-figures';
export * from './lib/dto/meeting.inputs';
export * from './lib/meeting-rules';
export * from './lib/meeting.entity';
export * from './lib/meetings.module';
export * from './lib/meetings.service';
export * from './lib/models/meeting.model';
export * from './lib/meetings-audit.service';
