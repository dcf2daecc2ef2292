import {
  bi,
  date,
  EXPORT_LABELS,
  same,
  type Bi,
  type Block,
  type Cell,
  type ReportDocument,
} from '@cynnydd/reports/data-access';
import {
  ATTENDANCE_STATUS_LABELS,
  AttendanceStatus,
  COMMITMENT_STATUS_LABELS,
  CommitmentStatus,
  ENGAGEMENT_OUTCOME_LABELS,
} from '@cynnydd/shared/domain';

import type { PartnershipReport, ReportedEngagement } from './partnership-report';
import { PARTNERSHIP_LABELS as L, SUBJECT_KIND_LABELS } from './report-labels';

const text = (value: Bi): Cell => ({ text: value });
const figure = (value: number | null): Cell => text(same(value === null ? '–' : String(value)));
const joined = (first: Bi, second: Bi): Bi => ({
  en: `${first.en}: ${second.en}`,
  cy: `${first.cy}: ${second.cy}`,
});

function engagementRows(
  engagements: ReportedEngagement[],
  details: (row: ReportedEngagement) => Cell[],
): Cell[][] {
  return engagements.map((row) => [
    text(date(row.engagedOn)),
    text(joined(SUBJECT_KIND_LABELS[row.subjectKind], same(row.subjectReference))),
    text(bi(row.consultedOn)),
    ...details(row),
  ]);
}

function listed(
  heading: Bi,
  engagements: ReportedEngagement[],
  columns: Bi[],
  details: (row: ReportedEngagement) => Cell[],
): Block[] {
  return [
    { kind: 'paragraph', text: heading, emphasis: true },
    engagements.length
      ? {
          kind: 'table',
          columns: [L.date, L.subject, L.what, ...columns],
          rows: engagementRows(engagements, details),
        }
      : { kind: 'paragraph', text: L.none },
  ];
}

/** The annual social partnership report as a printable document, for Word and PDF alike. */
export function buildPartnershipReportDocument(
  report: PartnershipReport,
  asOf: string,
): ReportDocument {
  const sections = [L.engagement, L.outcomes, L.forum, L.selfAssessment];
  const blocks: Block[] = [
    { kind: 'heading', text: L.engagement },
    { kind: 'paragraph', text: L.engagementIntro },
    {
      kind: 'table',
      columns: [L.subject, L.engagements],
      rows: report.bySubject.map((row) => [
        text(SUBJECT_KIND_LABELS[row.subjectKind]),
        figure(row.count),
      ]),
    },
    {
      kind: 'table',
      columns: [L.partner, L.engagements],
      rows: report.byPartner.map((row) => [
        text(joined(same(row.code), bi(row.name))),
        figure(row.count),
      ]),
    },
    { kind: 'heading', text: L.outcomes },
    {
      kind: 'table',
      columns: [L.outcome, L.count],
      rows: report.outcomes.map((row) => [
        text(ENGAGEMENT_OUTCOME_LABELS[row.outcome]),
        figure(row.count),
      ]),
    },
    ...listed(L.compromises, report.compromises, [L.agreed], (row) => [text(bi(row.agreed))]),
    ...listed(L.noAgreements, report.noAgreements, [L.why, L.nextSteps], (row) => [
      text(bi(row.disagreement)),
      text(bi(row.nextSteps)),
    ]),
    { kind: 'heading', text: L.forum },
    { kind: 'paragraph', text: joined(L.meetings, same(String(report.forum.meetings))) },
    { kind: 'paragraph', text: L.attendance, emphasis: true },
    {
      kind: 'table',
      columns: [L.status, L.count],
      rows: Object.values(AttendanceStatus).map((status) => [
        text(ATTENDANCE_STATUS_LABELS[status]),
        figure(report.forum.attendance[status]),
      ]),
    },
    { kind: 'paragraph', text: L.commitments, emphasis: true },
    {
      kind: 'table',
      columns: [L.status, L.count],
      rows: Object.values(CommitmentStatus).map((status) => [
        text(COMMITMENT_STATUS_LABELS[status]),
        figure(report.forum.commitments[status]),
      ]),
    },
    { kind: 'heading', text: L.selfAssessment },
    ...(report.selfAssessments.length
      ? report.selfAssessments.flatMap((assessment): Block[] => [
          {
            kind: 'paragraph',
            text: joined(
              bi(assessment.forumName),
              joined(L.assessedOn, date(assessment.assessedOn)),
            ),
            emphasis: true,
          },
          {
            kind: 'table',
            columns: [L.statement, L.score],
            rows: [
              ...assessment.statements.map((row) => [text(bi(row.text)), figure(row.score)]),
              [text(L.average), figure(assessment.average)],
            ],
          },
        ])
      : [{ kind: 'paragraph' as const, text: L.noAssessment }]),
  ];
  return {
    coverSheet: null,
    classification: null,
    cover: {
      strategy: EXPORT_LABELS.strategy,
      title: L.title,
      audience: L.forum,
      period: joined(L.financialYear, same(report.financialYear)),
      edition: L.edition,
      issued: null,
      asOf: joined(EXPORT_LABELS.dataAsAt, date(asOf)),
      draft: false,
    },
    sections,
    blocks,
  };
}
