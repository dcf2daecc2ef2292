import { Injectable } from '@nestjs/common';

import type { BilingualText } from '@cynnydd/shared/domain';

/** The meeting a board paper is tabled at, as its cover sheet names it. */
export interface BoardMeeting {
  name: BilingualText;
  /** The meeting's day in Wales, YYYY-MM-DD. */
  date: string;
  agendaItem: string;
}

/** Something that knows at which meeting a report is tabled (the meetings library). */
export interface BoardMeetingFinder {
  meetingFor(reportId: string): Promise<BoardMeeting | null>;
}

/**
 * Where other domains register how to find a report's meeting: the meetings library builds on
 * reports, so reports cannot ask it directly (as ADR 11 does for plan approval). With none
 * registered, or none found, the cover sheet prints the meeting entered on the report.
 */
@Injectable()
export class BoardMeetingFinders {
  private readonly finders: BoardMeetingFinder[] = [];

  register(finder: BoardMeetingFinder): void {
    this.finders.push(finder);
  }

  async meetingFor(reportId: string): Promise<BoardMeeting | null> {
    for (const finder of this.finders) {
      const found = await finder.meetingFor(reportId);
      if (found) return found;
    }
    return null;
  }
}
