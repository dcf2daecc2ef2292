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
  /** The day, worked out at most once a second: list pages ask for it once per action. */
  private day: { value: IsoDate; until: number } | null = null;

  now(): Date {
    return new Date();
  }

  override today(): IsoDate {
    const now = Date.now();
    if (!this.day || now >= this.day.until) {
      this.day = { value: todayInWales(new Date(now)), until: now + 1000 };
    }
    return this.day.value;
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
