import type { MeasureRagCountsModel } from '@cynnydd/measures/data-access';
import type { RagCountsModel } from '@cynnydd/reporting/data-access';
import {
  MEASURE_RAG_LABELS,
  MeasureRag,
  PAPER_IMPACT_LABELS,
  PAPER_PURPOSE_LABELS,
  PaperImpact,
  RAG_STATUS_LABELS,
  RAG_STATUS_ORDER,
  REPORT_AUDIENCE_LABELS,
  ReportState,
  RISK_BAND_LABELS,
  RISK_SCALE,
  riskBand,
  riskScore,
  THEME_LABELS,
  WELL_BEING_GOAL_LABELS,
  type BilingualText,
  type Label,
  type MeasureUnit,
  type RagChartArea,
  type RagStatus,
} from '@cynnydd/shared/domain';

import type { BoardMeeting } from '../cover-sheet/board-meetings';
import type { CoverSheet } from '../cover-sheet/cover-sheet';
import type {
  ReportActionLineModel,
  ReportContentModel,
  ReportMeasuresModel,
  ReportMilestoneModel,
  ReportMoveModel,
  ReportRiskModel,
  ReportRisksModel,
} from '../models/report-content.model';
import { EXPORT_LABELS as L } from './export-labels';
import { bi, date, same, type Bi } from './export-language';
import {
  figureText,
  latestFigureText,
  measureName,
  periodText,
  ragShade,
  ragText,
  targetText,
  trendText,
} from './measure-cells';
import {
  categoryText,
  consequenceText,
  escalatedText,
  likelihoodText,
  riskName,
  riskTrendText,
  scoreText,
  yesNo,
} from './risk-cells';
import type { Shade } from './table-shades';

/*
 * A report as a sequence of printable blocks, independent of the file format: the Word and PDF
 * renderers draw the same document, so every export says the same thing.
 */

export interface Cell {
  text: Bi;
  /** A status or band cell: shaded, and always labelled in words. */
  shade?: Shade;
}

export type Block =
  | { kind: 'heading'; text: Bi }
  | { kind: 'paragraph'; text: Bi; emphasis?: boolean }
  /** `wide`: columns of sentences side by side, printed on a landscape page. */
  | { kind: 'table'; columns: Bi[]; rows: Cell[][]; wide?: boolean }
  | { kind: 'chart'; caption: Bi; areas: RagChartArea[] }
  | { kind: 'trend'; title: Bi; caption: Bi; unit: MeasureUnit; points: TrendPoint[] }
  | HeatMapBlock;

/**
 * The 5 × 5 risk matrix as a real table: likelihood rows (highest first) by consequence
 * columns, each cell its count and band in words, shaded by band.
 */
export interface HeatMapBlock {
  kind: 'heatMap';
  caption: Bi;
  rowAxis: Bi;
  columnAxis: Bi;
  columns: Bi[];
  rows: { label: Bi; cells: Cell[] }[];
}

/** A period's figure and target on a measure's trend chart. */
export interface TrendPoint {
  label: Bi;
  value: number | null;
  target: number | null;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/**
 * A trend chart's figures as a table: printed beside the chart in the PDF, and instead of it in
 * Word (which would need the chart drawn as a picture).
 */
export function trendTable(item: Extract<Block, { kind: 'trend' }>): TableBlock {
  return {
    kind: 'table',
    columns: [L.period, L.value, L.target],
    rows: item.points.map((point) => [
      { text: point.label },
      { text: figureText(point.value, item.unit) },
      { text: point.target === null ? L.noTarget : figureText(point.target, item.unit) },
    ]),
  };
}

export interface Cover {
  strategy: Bi;
  title: Bi;
  audience: Bi;
  period: Bi;
  edition: Bi;
  issued: Bi | null;
  asOf: Bi;
  draft: boolean;
}

/** A labelled line of the cover sheet. */
export interface CoverSheetRow {
  label: Bi;
  value: Bi;
}

/** The board paper's first page (NHS Wales SBAR cover sheet). */
export interface CoverSheetPage {
  rows: CoverSheetRow[];
  impacts: CoverSheetRow[];
}

export interface ReportDocument {
  cover: Cover;
  /** Null for reports issued before cover sheets: they print the title page alone. */
  coverSheet: CoverSheetPage | null;
  /** Printed in every page's header, e.g. "OFFICIAL"; null: not classified. */
  classification: Bi | null;
  /** Section headings, for the contents page. */
  sections: Bi[];
  /** Sections from this one on are appendices (Appendix A, B…) of the board pack. */
  appendixFrom?: number;
  blocks: Block[];
}

export const RAG_LABEL_OF = (status: RagStatus | 'NO_UPDATE'): Label =>
  status === 'NO_UPDATE' ? L.noUpdate : RAG_STATUS_LABELS[status];

const STATUSES: (RagStatus | 'NO_UPDATE')[] = [...RAG_STATUS_ORDER, 'NO_UPDATE'];

function countOf(counts: RagCountsModel, status: RagStatus | 'NO_UPDATE'): number {
  const field = {
    RED: 'red',
    AMBER: 'amber',
    GREEN: 'green',
    NOT_STARTED: 'notStarted',
    COMPLETE: 'complete',
    NO_UPDATE: 'noUpdate',
  } as const;
  return counts[field[status]];
}

const ragCell = (rag: RagStatus | null): Cell => ({
  text: RAG_LABEL_OF(rag ?? 'NO_UPDATE'),
  shade: rag ?? 'NO_UPDATE',
});
const actionTitle = (reference: string, title: Bi): Bi => ({
  en: `${reference} ${title.en}`,
  cy: `${reference} ${title.cy}`,
});

export interface ReportMeta {
  edition: number;
  state: ReportState;
  issuedAt: Date | null;
}

/** What makes a report a board paper: its cover sheet, the meeting, the classification. */
export interface BoardPaper {
  coverSheet: CoverSheet | null;
  /** The meeting whose agenda has it, if the meetings capability knows one. */
  meeting: BoardMeeting | null;
  classification: BilingualText;
}

const NO_PAPER: BoardPaper = {
  coverSheet: null,
  meeting: null,
  classification: { en: null, cy: null },
};

function coverSheetPage(
  sheet: CoverSheet,
  meeting: BoardMeeting | null,
  title: Bi,
  content: ReportContentModel,
): CoverSheetPage {
  const written = (text: BilingualText, empty: Bi = L.toBeConfirmed): Bi =>
    hasSomeText(text) ? bi(text) : empty;
  const person = (name: string | null): Bi => (name ? same(name) : L.toBeConfirmed);
  const meetingName = meeting?.name ?? sheet.meeting.name;
  const meetingDate = meeting?.date ?? sheet.meeting.date;
  const meetingText: Bi = hasSomeText(meetingName)
    ? meetingDate
      ? joined(bi(meetingName), date(meetingDate), ', ')
      : bi(meetingName)
    : L.toBeConfirmed;
  const summary = hasSomeText(sheet.summary) ? sheet.summary : content.executiveSummary;
  return {
    rows: [
      { label: L.meetingAndDate, value: meetingText },
      {
        label: L.agendaItem,
        value: person(meeting?.agendaItem ?? sheet.meeting.agendaItem),
      },
      { label: L.reportTitle, value: joined(title, same(content.period.label), ' – ') },
      { label: L.author, value: person(sheet.author) },
      { label: L.executiveSponsor, value: person(sheet.executiveSponsor) },
      { label: L.presenter, value: person(sheet.presenter) },
      { label: L.purpose, value: PAPER_PURPOSE_LABELS[sheet.purpose] },
      { label: L.recommendation, value: written(sheet.recommendation) },
      { label: L.situation, value: written(summary, L.noSummary) },
      { label: L.strategicObjectives, value: written(sheet.strategicObjectives) },
    ],
    impacts: Object.values(PaperImpact).map((impact) => ({
      label: PAPER_IMPACT_LABELS[impact],
      value: written(sheet.impacts[impact] ?? { en: null, cy: null }, L.notStated),
    })),
  };
}

const hasSomeText = (text: BilingualText) => Boolean(text.en?.trim() || text.cy?.trim());
const joined = (first: Bi, second: Bi, separator: string): Bi => ({
  en: `${first.en}${separator}${second.en}`,
  cy: `${first.cy}${separator}${second.cy}`,
});

export function buildReportDocument(
  meta: ReportMeta,
  content: ReportContentModel,
  paper: BoardPaper = NO_PAPER,
): ReportDocument {
  const blocks: Block[] = [];
  const sections: Bi[] = [];
  const heading = (text: Bi) => {
    sections.push(text);
    blocks.push({ kind: 'heading', text });
  };
  const countsTable = (rows: { label: Bi; counts: RagCountsModel }[], first: Bi) => ({
    kind: 'table' as const,
    columns: [first, ...STATUSES.map((status) => RAG_LABEL_OF(status)), L.total],
    rows: rows.map(({ label, counts }) => [
      { text: label },
      ...STATUSES.map((status) => ({ text: same(String(countOf(counts, status))) })),
      { text: same(String(counts.total)) },
    ]),
  });
  const moves = (title: Bi, list: ReportMoveModel[]) => {
    blocks.push({ kind: 'paragraph', text: title, emphasis: true });
    if (!list.length) {
      blocks.push({ kind: 'paragraph', text: L.none });
      return;
    }
    blocks.push({
      kind: 'table',
      columns: [L.action, L.previous, L.current],
      rows: list.map((move) => [
        { text: actionTitle(move.reference, bi(move.title)) },
        ragCell(move.previous),
        ragCell(move.current),
      ]),
    });
  };
  const milestones = (list: ReportMilestoneModel[]) => {
    if (!list.length) return blocks.push({ kind: 'paragraph', text: L.none });
    blocks.push({
      kind: 'table',
      columns: [L.action, L.milestone, L.due, L.completedOn],
      rows: list.map((m) => [
        { text: actionTitle(m.actionReference, bi(m.actionTitle)) },
        { text: bi(m.title) },
        { text: date(m.dueDate) },
        { text: m.completedOn ? date(m.completedOn) : L.notCompleted },
      ]),
    });
  };
  const actionTable = (lines: ReportActionLineModel[], detail: boolean) => {
    if (!lines.length) return blocks.push({ kind: 'paragraph', text: L.none });
    blocks.push({
      kind: 'table',
      wide: detail,
      columns: detail
        ? [L.action, L.owners, L.status, L.commentary, L.risks, L.mitigation]
        : [L.action, L.owners, L.status, L.percent],
      rows: lines.map((line) => {
        const common = [
          { text: actionTitle(line.reference, bi(line.title)) },
          { text: same(line.owners.join(', ')) },
          ragCell(line.rag),
        ];
        return detail
          ? [
              ...common,
              { text: bi(line.commentary) },
              { text: bi(line.risks) },
              { text: bi(line.nextSteps) },
            ]
          : [
              ...common,
              { text: same(line.percentComplete === null ? '–' : `${line.percentComplete}%`) },
            ];
      }),
    });
  };

  heading(L.executiveSummary);
  const summary = bi(content.executiveSummary);
  blocks.push({ kind: 'paragraph', text: summary.en || summary.cy ? summary : L.noSummary });

  heading(L.ragSummary);
  blocks.push({
    kind: 'chart',
    caption: L.ragChartCaption,
    // The shared chart definition's input: each area's name in both languages and its counts.
    areas: content.areas.map((area) => ({
      number: area.number,
      name: bi(area.shortTitle ?? area.title),
      counts: area.counts,
    })),
  });
  blocks.push(
    countsTable(
      [
        ...content.areas.map((area) => ({
          label: {
            en: `${area.number}. ${bi(area.title).en}`,
            cy: `${area.number}. ${bi(area.title).cy}`,
          },
          counts: area.counts,
        })),
        { label: L.allAreas, counts: content.overall },
      ],
      L.area,
    ),
  );

  const since = content.movement.sincePeriod;
  heading(
    since ? { en: `${L.movement.en} ${since}`, cy: `${L.movement.cy} ${since}` } : L.movement,
  );
  if (!since) blocks.push({ kind: 'paragraph', text: L.movementNone });
  else {
    moves(L.improved, content.movement.improved);
    moves(L.worsened, content.movement.worsened);
    moves(L.completed, content.movement.completed);
    moves(L.newlyRed, content.movement.newlyRed);
  }

  heading(L.exceptions);
  actionTable(content.exceptions, true);

  measureSections(content.measures, heading, blocks);
  // Reports issued before risks were reported have no risk section, as the board saw them.
  if (content.risks) riskSections(content.risks, heading, blocks);

  heading(L.milestonesMissed);
  milestones(content.milestonesMissed);
  heading(L.milestonesDueNext);
  milestones(content.milestonesDueNext);

  heading(L.themes);
  blocks.push(
    countsTable(
      content.themes.map((row) => ({ label: THEME_LABELS[row.theme], counts: row.counts })),
      L.theme,
    ),
  );

  // Reports issued before goals were reported have no goals section, as the board saw them.
  if (content.goalContribution.length) {
    heading(L.goalsHeading);
    blocks.push({ kind: 'paragraph', text: L.goalsIntro });
    blocks.push({ kind: 'paragraph', text: L.actionsByGoal, emphasis: true });
    blocks.push(
      countsTable(
        content.goalContribution.map((row) => ({
          label: WELL_BEING_GOAL_LABELS[row.goal],
          counts: row.actions,
        })),
        L.goal,
      ),
    );
    blocks.push({ kind: 'paragraph', text: L.measuresByGoal, emphasis: true });
    blocks.push(
      measureCountsTable(
        content.goalContribution.map((row) => ({
          label: WELL_BEING_GOAL_LABELS[row.goal],
          counts: row.measures,
        })),
        L.goal,
      ),
    );
  }

  heading(L.completedInPeriod);
  actionTable(content.completed, false);

  // The full list is the board pack's appendix: the paper itself is the sections before.
  const appendixFrom = sections.length;
  heading(L.allActions);
  actionTable(content.actions, false);

  const issued = meta.state === ReportState.ISSUED && meta.issuedAt;
  const title: Bi = {
    en: `${L.progressReport.en}: ${REPORT_AUDIENCE_LABELS[content.audience].en}`,
    cy: `${L.progressReport.cy}: ${REPORT_AUDIENCE_LABELS[content.audience].cy}`,
  };
  return {
    coverSheet: paper.coverSheet
      ? coverSheetPage(paper.coverSheet, paper.meeting, title, content)
      : null,
    classification: hasSomeText(paper.classification) ? bi(paper.classification) : null,
    cover: {
      strategy: L.strategy,
      title,
      audience: REPORT_AUDIENCE_LABELS[content.audience],
      period: same(content.period.label),
      edition: {
        en: `${L.edition.en} ${meta.edition}`,
        cy: `${L.edition.cy} ${meta.edition}`,
      },
      issued: issued ? prefixed(L.issuedOn, date(issued.toISOString())) : null,
      asOf: prefixed(L.dataAsAt, date(content.asOf)),
      draft: meta.state === ReportState.DRAFT,
    },
    sections,
    appendixFrom,
    blocks,
  };
}

/** "3." for a section of the paper, "Appendix A" for the first appendix. */
export function sectionLabel(document: ReportDocument, index: number): Bi {
  const appendix = index - (document.appendixFrom ?? Number.POSITIVE_INFINITY);
  if (appendix < 0) return same(`${index + 1}.`);
  const letter = String.fromCharCode(65 + appendix);
  return { en: `${L.appendix.en} ${letter}:`, cy: `${L.appendix.cy} ${letter}:` };
}

/** Measures counted by their latest figure's RAG, one row per label. */
function measureCountsTable(
  rows: { label: Bi; counts: MeasureRagCountsModel }[],
  first: Bi,
): TableBlock {
  return {
    kind: 'table',
    columns: [
      first,
      MEASURE_RAG_LABELS[MeasureRag.RED],
      MEASURE_RAG_LABELS[MeasureRag.AMBER],
      MEASURE_RAG_LABELS[MeasureRag.GREEN],
      L.noTarget,
      L.noFigure,
      L.total,
    ],
    rows: rows.map(({ label, counts }) => [
      { text: label },
      ...[
        counts.red,
        counts.amber,
        counts.green,
        counts.contextual,
        counts.noFigure,
        counts.total,
      ].map((count) => ({ text: same(String(count)) })),
    ]),
  };
}

/** The scorecard of every measure, then the measures off target with commentary and trend. */
function measureSections(
  section: ReportMeasuresModel,
  heading: (text: Bi) => void,
  blocks: Block[],
): void {
  heading(L.measuresHeading);
  blocks.push({ kind: 'paragraph', text: prefixed(L.measuresAsAt, date(section.endedBy)) });
  if (!section.measures.length) {
    blocks.push({ kind: 'paragraph', text: L.noMeasures });
  } else {
    blocks.push(
      measureCountsTable([{ label: L.allAreas, counts: section.counts }], L.measureCountsOf),
    );
    blocks.push({
      kind: 'table',
      columns: [
        L.reference,
        L.measure,
        L.latestFigure,
        L.period,
        L.target,
        L.rag,
        L.directionOfTravel,
      ],
      rows: section.measures.map((line) => [
        { text: same(line.reference) },
        { text: bi(line.name) },
        { text: latestFigureText(line) },
        { text: periodText(line) },
        { text: targetText(line) },
        { text: ragText(line), shade: ragShade(line) },
        { text: trendText(line.trend.sincePrevious) },
      ]),
    });
  }

  heading(L.measuresOffTarget);
  if (!section.offTarget.length) {
    blocks.push({ kind: 'paragraph', text: L.noneOffTarget });
    return;
  }
  blocks.push({ kind: 'paragraph', text: L.measuresOffTargetIntro });
  blocks.push({
    kind: 'table',
    columns: [L.measure, L.latestFigure, L.rag, L.ragExplanation, L.commentary],
    rows: section.offTarget.map((line) => [
      { text: measureName(line) },
      { text: latestFigureText(line) },
      { text: ragText(line), shade: ragShade(line) },
      { text: bi(line.latest?.ragExplanation) },
      { text: givenOr(bi(line.latest?.commentary), L.noCommentary) },
    ]),
  });
  for (const line of section.offTarget) {
    blocks.push({
      kind: 'trend',
      title: prefixed(measureName(line), {
        en: `– ${L.recentFigures.en}`,
        cy: `– ${L.recentFigures.cy}`,
      }),
      caption: L.trendCaption,
      unit: line.unit,
      points: line.recent.map((figure) => ({
        label: bi(figure.periodLabel),
        value: figure.value,
        target: figure.target,
      })),
    });
  }
}

/**
 * The register as at the period end: counts by band, the heat map, the register table, risks
 * above appetite, then what is new, closed and moved since the baseline.
 */
function riskSections(
  section: ReportRisksModel,
  heading: (text: Bi) => void,
  blocks: Block[],
): void {
  heading(L.risksHeading);
  blocks.push({ kind: 'paragraph', text: prefixed(L.risksAsAt, date(section.asAt)) });
  blocks.push({
    kind: 'table',
    columns: [L.band, ...section.bands.map(({ band }) => RISK_BAND_LABELS[band]), L.total],
    rows: [
      [
        { text: L.openRisks },
        ...section.bands.map(({ band, count }) => ({ text: same(String(count)), shade: band })),
        { text: same(String(section.risks.length)) },
      ],
    ],
  });
  const countAt = (likelihood: number, consequence: number) =>
    section.heatMap.find(
      (cell) => cell.likelihood === likelihood && cell.consequence === consequence,
    )?.count ?? 0;
  blocks.push({
    kind: 'heatMap',
    caption: L.heatMapCaption,
    rowAxis: L.likelihood,
    columnAxis: L.consequence,
    columns: RISK_SCALE.map(consequenceText),
    rows: [...RISK_SCALE].reverse().map((likelihood) => ({
      label: likelihoodText(likelihood),
      cells: RISK_SCALE.map((consequence) => {
        const band = riskBand(riskScore({ likelihood, consequence }));
        const count = countAt(likelihood, consequence);
        return {
          text: {
            en: `${count} – ${RISK_BAND_LABELS[band].en}`,
            cy: `${count} – ${RISK_BAND_LABELS[band].cy}`,
          },
          shade: band,
        };
      }),
    })),
  });

  const riskTable = (lines: ReportRiskModel[], full: boolean) => {
    if (!lines.length) return blocks.push({ kind: 'paragraph', text: L.none });
    blocks.push({
      kind: 'table',
      columns: full
        ? [
            L.risk,
            L.category,
            L.owner,
            L.currentScore,
            L.targetScore,
            L.appetite,
            L.aboveAppetite,
            L.escalated,
            L.trend,
          ]
        : [L.risk, L.owner, L.previousScore, L.currentScore, L.escalated],
      rows: lines.map((line) => {
        const current = { text: scoreText(line.current), shade: line.current.band };
        return full
          ? [
              { text: riskName(line) },
              { text: categoryText(line) },
              { text: same(line.owner) },
              current,
              { text: scoreText(line.target) },
              { text: same(String(line.appetite)) },
              { text: yesNo(line.aboveAppetite) },
              { text: escalatedText(line) },
              { text: riskTrendText(line) },
            ]
          : [
              { text: riskName(line) },
              { text: same(line.owner) },
              { text: line.previous ? scoreText(line.previous) : L.newSince },
              current,
              { text: escalatedText(line) },
            ];
      }),
    });
  };

  heading(L.riskRegister);
  if (section.risks.length) riskTable(section.risks, true);
  else blocks.push({ kind: 'paragraph', text: L.noOpenRisks });

  heading(L.risksAboveAppetite);
  if (section.aboveAppetite.length) riskTable(section.aboveAppetite, true);
  else blocks.push({ kind: 'paragraph', text: L.noneAboveAppetite });

  heading(L.riskMovement);
  blocks.push({
    kind: 'paragraph',
    text: section.sincePeriod
      ? prefixed(L.risksSinceReport, same(section.sincePeriod))
      : L.risksSincePeriodStart,
  });
  for (const [title, lines] of [
    [L.newRisks, section.opened],
    [L.closedRisks, section.closed],
    [L.scoresWorsened, section.worsened],
    [L.scoresImproved, section.improved],
  ] as const) {
    blocks.push({ kind: 'paragraph', text: title, emphasis: true });
    riskTable(lines, false);
  }
}

function givenOr(text: Bi, fallback: Bi): Bi {
  return text.en || text.cy ? text : fallback;
}

function prefixed(label: Bi, text: Bi): Bi {
  return { en: `${label.en} ${text.en}`, cy: `${label.cy} ${text.cy}` };
}
