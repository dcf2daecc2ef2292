import { mergeBilingual } from '@cynnydd/server/core';
import {
  BilingualLayout,
  PaperImpact,
  PaperPurpose,
  type BilingualText,
} from '@cynnydd/shared/domain';

/**
 * A board paper's cover sheet (NHS Wales, SBAR style), as stored on a report (frozen with it on
 * issue) and as the programme office's defaults that each new draft starts from.
 */
export interface CoverSheet {
  /** Used when no meeting of the meetings capability has the report on its agenda. */
  meeting: { name: BilingualText; date: string | null; agendaItem: string | null };
  author: string | null;
  executiveSponsor: string | null;
  presenter: string | null;
  purpose: PaperPurpose;
  /** "The Board is asked to: …" */
  recommendation: BilingualText;
  /** The situation and the assessment, in a few sentences. */
  summary: BilingualText;
  strategicObjectives: BilingualText;
  impacts: Partial<Record<PaperImpact, BilingualText>>;
}

const blank = (): BilingualText => ({ en: null, cy: null });

export function emptyCoverSheet(): CoverSheet {
  return {
    meeting: { name: blank(), date: null, agendaItem: null },
    author: null,
    executiveSponsor: null,
    presenter: null,
    purpose: PaperPurpose.ASSURANCE,
    recommendation: blank(),
    summary: blank(),
    strategicObjectives: blank(),
    impacts: {},
  };
}

/** The programme office's settings for every board paper (one row). */
export interface BoardPaperDefaults {
  coverSheet: CoverSheet;
  /** Printed on every page, e.g. "OFFICIAL" / "SWYDDOGOL". */
  classification: BilingualText;
  layout: BilingualLayout;
}

type Change = {
  meetingName?: Partial<BilingualText> | null;
  meetingDate?: string | null;
  agendaItem?: string | null;
  author?: string | null;
  executiveSponsor?: string | null;
  presenter?: string | null;
  purpose?: PaperPurpose;
  recommendation?: Partial<BilingualText> | null;
  summary?: Partial<BilingualText> | null;
  strategicObjectives?: Partial<BilingualText> | null;
  impacts?: { impact: PaperImpact; text: Partial<BilingualText> }[];
};

const cleaned = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** `sheet` with `change` applied: fields left out keep theirs, a language left out keeps its text. */
export function changeCoverSheet(sheet: CoverSheet, change: Change): CoverSheet {
  const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
  const impacts = { ...sheet.impacts };
  for (const { impact, text } of change.impacts ?? []) {
    impacts[impact] = mergeBilingual(impacts[impact] ?? { en: null, cy: null }, text);
  }
  return {
    meeting: {
      name: mergeBilingual(sheet.meeting.name, change.meetingName),
      date: keep(change.meetingDate, sheet.meeting.date),
      agendaItem: cleaned(keep(change.agendaItem, sheet.meeting.agendaItem)),
    },
    author: cleaned(keep(change.author, sheet.author)),
    executiveSponsor: cleaned(keep(change.executiveSponsor, sheet.executiveSponsor)),
    presenter: cleaned(keep(change.presenter, sheet.presenter)),
    purpose: change.purpose ?? sheet.purpose,
    recommendation: mergeBilingual(sheet.recommendation, change.recommendation),
    summary: mergeBilingual(sheet.summary, change.summary),
    strategicObjectives: mergeBilingual(sheet.strategicObjectives, change.strategicObjectives),
    impacts,
  };
}
