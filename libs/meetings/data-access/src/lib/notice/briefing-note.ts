import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

import { bi, formatDate, inline, type Bi, type ExportLanguage } from '@cynnydd/reports/data-access';
import {
  ATTENDANCE_STATUS_LABELS,
  AttendanceStatus,
  REVIEW_ENTRY_KIND_LABELS,
  type BilingualText,
  type Label,
  type ReviewEntryKind,
} from '@cynnydd/shared/domain';

/** What a briefing note says: who was there, and what was decided and promised. */
export interface BriefingContent {
  forumName: BilingualText;
  title: BilingualText;
  startsAt: Date;
  place: string;
  minutesApproved: boolean;
  attendance: {
    name: string;
    organisation: BilingualText;
    status: AttendanceStatus;
    deputyName: string | null;
  }[];
  decisions: {
    kind: ReviewEntryKind;
    agendaItem: BilingualText | null;
    text: BilingualText;
    commitments: { title: BilingualText; ownerName: string; dueDate: string }[];
  }[];
}

const L = {
  briefingNote: { en: 'Briefing note', cy: 'Nodyn briffio' },
  draft: {
    en: 'Draft: the minutes are not yet approved by the chair.',
    cy: 'Drafft: nid yw’r cadeirydd wedi cymeradwyo’r cofnodion eto.',
  },
  approved: { en: 'The minutes are approved.', cy: 'Mae’r cofnodion wedi’u cymeradwyo.' },
  attendance: { en: 'Who attended', cy: 'Pwy oedd yn bresennol' },
  decisions: { en: 'Decisions and commitments', cy: 'Penderfyniadau ac ymrwymiadau' },
  none: { en: 'None recorded.', cy: 'Dim wedi’u cofnodi.' },
  deputy: { en: 'deputy', cy: 'dirprwy' },
  owner: { en: 'Owner', cy: 'Perchennog' },
  due: { en: 'due', cy: 'erbyn' },
} satisfies Record<string, Label>;

/** A label filled in per language. */
function each(make: (language: 'en' | 'cy') => string): Bi {
  return { en: make('en'), cy: make('cy') };
}

/** The lines of a text in the export's language; in both, Welsh first then English. */
function paragraphs(text: Bi, language: ExportLanguage, options: { bold?: boolean } = {}) {
  const sides =
    language === 'both' ? (text.cy === text.en ? [text.en] : [text.cy, text.en]) : [text[language]];
  return sides
    .flatMap((side) => side.split('\n'))
    .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.bold })] }));
}

function heading(
  text: Bi,
  language: ExportLanguage,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) {
  return new Paragraph({ heading: level, text: inline(text, language) });
}

/** A short Word note of a meeting for members who were not there. */
export function renderBriefingNote(
  content: BriefingContent,
  language: ExportLanguage,
): Promise<Buffer> {
  const day = each((lang) => formatDate(content.startsAt.toISOString(), lang));
  const attendance = Object.values(AttendanceStatus).flatMap((status) => {
    const people = content.attendance.filter((row) => row.status === status);
    if (!people.length) return [];
    return [
      heading(ATTENDANCE_STATUS_LABELS[status], language, HeadingLevel.HEADING_3),
      ...people.flatMap((row) =>
        paragraphs(
          each((lang) => {
            const organisation = bi(row.organisation)[lang];
            const deputy = row.deputyName ? ` (${L.deputy[lang]}: ${row.deputyName})` : '';
            return `${row.name}, ${organisation}${deputy}`;
          }),
          language,
        ),
      ),
    ];
  });
  const decisions = content.decisions.flatMap((decision) => [
    ...paragraphs(
      each((lang) => {
        const item = decision.agendaItem ? ` (${bi(decision.agendaItem)[lang]})` : '';
        return `${REVIEW_ENTRY_KIND_LABELS[decision.kind][lang]}${item}`;
      }),
      language,
      { bold: true },
    ),
    ...paragraphs(bi(decision.text), language),
    ...decision.commitments.flatMap((commitment) =>
      paragraphs(
        each(
          (lang) =>
            `• ${bi(commitment.title)[lang]}: ${L.owner[lang]} ${commitment.ownerName}, ${L.due[lang]} ${formatDate(commitment.dueDate, lang)}`,
        ),
        language,
      ),
    ),
  ]);
  const title = bi(content.title);
  const file = new Document({
    creator: 'Cynnydd',
    title: inline(title, language),
    sections: [
      {
        children: [
          heading(L.briefingNote, language, HeadingLevel.TITLE),
          heading(title, language),
          ...paragraphs(bi(content.forumName), language, { bold: true }),
          ...paragraphs(
            each((lang) => `${day[lang]}${content.place ? `, ${content.place}` : ''}`),
            language,
          ),
          ...paragraphs(content.minutesApproved ? L.approved : L.draft, language),
          heading(L.attendance, language, HeadingLevel.HEADING_2),
          ...(attendance.length ? attendance : paragraphs(L.none, language)),
          heading(L.decisions, language, HeadingLevel.HEADING_2),
          ...(decisions.length ? decisions : paragraphs(L.none, language)),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
