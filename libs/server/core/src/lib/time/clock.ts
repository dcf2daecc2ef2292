import { todayInWales, type IsoDate } from '@cynnydd/shared/domain';

/**
 * Source of "today" for overdue checks and timestamps. Injected so tests can fix the date
 * and a demo can be shown as at a chosen day.
 */
export abstract class Clock {
  abstract now(): Date;

  today(): IsoDate {
    return todayInWales(this.now());
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

export class FixedClock extends Clock {
  constructor(private readonly instant: Date) {
    super();
  }

  now(): Date {
    return this.instant;
  }
}
