import PptxGenJS from 'pptxgenjs';

import {
  RAG_CHART_COUNT_FIELD as COUNT_FIELD,
  RAG_CHART_STYLES,
  RISK_BAND_LABELS,
  RAG_CHART_STATUSES as STATUSES,
} from '@cynnydd/shared/domain';

import type { ReportActionLineModel, ReportContentModel } from '../models/report-content.model';
import { EXPORT_LABELS as L } from './export-labels';
import { bi, inline, same, type Bi, type ExportLanguage } from './export-language';
import { latestFigureText, measureName, ragText, targetText } from './measure-cells';
import { RAG_LABEL_OF, type ReportDocument } from './report-document';
import { riskName, scoreText } from './risk-cells';

/*
 * A short slide deck for the joint board's meeting: the report's title, one slide per strategic
 * area (its actions by status, what moved, the red and amber exceptions), then measures and risks
 * where the report has them. Drawn by pptxgenjs; tables and charts are native, so the board
 * secretary can edit them, and every chart has alternative text.
 */

const FONT = 'Arial';
const INK = '0B0C0C';
/** Exceptions an area's slide has room for; the paper lists them all. */
const EXCEPTIONS_PER_SLIDE = 4;

type Slide = ReturnType<PptxGenJS['addSlide']>;
type Runs = PptxGenJS.TextProps[];

const LOCALE = { en: 'en-GB', cy: 'cy-GB' } as const;

/** A text as runs, each marked with its language; both languages: Welsh, then English below. */
function runs(text: Bi, language: ExportLanguage): Runs {
  const sides: ('en' | 'cy')[] =
    language === 'both' ? (text.cy === text.en ? ['en'] : ['cy', 'en']) : [language];
  return sides.map((side, index) => ({
    text: text[side],
    options: { lang: LOCALE[side], breakLine: index < sides.length - 1 },
  }));
}

function title(slide: Slide, text: Bi, language: ExportLanguage) {
  slide.addText(runs(text, language), {
    x: 0.4,
    y: 0.25,
    w: 12.5,
    h: 0.9,
    fontFace: FONT,
    fontSize: language === 'both' ? 20 : 26,
    bold: true,
    color: INK,
    valign: 'top',
  });
}

/** A table of rows of texts, the first row its header (repeated in the table's own style). */
function table(
  slide: Slide,
  rows: Bi[][],
  language: ExportLanguage,
  position: { x: number; y: number; w: number; colW?: number[] },
) {
  slide.addTable(
    rows.map((row, index) =>
      row.map((text) => ({
        text: runs(text, language),
        options: index === 0 ? { bold: true, fill: { color: 'F3F2F1' } } : {},
      })),
    ),
    {
      ...position,
      fontFace: FONT,
      fontSize: language === 'both' ? 10 : 12,
      color: INK,
      border: { type: 'solid', pt: 0.5, color: 'B1B4B6' },
      autoPage: false,
    },
  );
}

function areaOf(lines: ReportActionLineModel[]) {
  return new Map(lines.map((line) => [line.actionId, line.areaNumber]));
}

/** The deck in one language, or both (Welsh first on every slide). */
export async function renderPptx(
  document: ReportDocument,
  content: ReportContentModel,
  language: ExportLanguage,
): Promise<Buffer> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = inline(document.cover.title, language);
  deck.author = 'Cynnydd';

  const cover = deck.addSlide();
  cover.addText(
    [document.cover.strategy, document.cover.title, document.cover.period, document.cover.asOf]
      .flatMap((text) => runs(text, language))
      .map((run) => ({ ...run, options: { ...run.options, breakLine: true } })),
    { x: 0.6, y: 1.5, w: 12, h: 4, fontFace: FONT, fontSize: 24, color: INK, valign: 'top' },
  );

  const summary = deck.addSlide();
  title(summary, L.ragSummary, language);
  const caption = inline(L.ragChartCaption, language);
  // Horizontal bars are drawn bottom up: the last area first, so area 1 is at the top.
  const bottomUp = [...content.areas].reverse();
  summary.addChart(
    deck.ChartType.bar,
    STATUSES.map((status) => ({
      name: inline(RAG_LABEL_OF(status), language),
      labels: bottomUp.map((area) => `${inline(L.area, language)} ${area.number}`),
      values: bottomUp.map((area) => area.counts[COUNT_FIELD[status]]),
    })),
    {
      x: 0.4,
      y: 1.3,
      w: 12.5,
      h: 5.6,
      barDir: 'bar',
      barGrouping: 'stacked',
      // The board paper chart's colours (its patterns are the Word and PDF chart's own).
      chartColors: STATUSES.map((status) => RAG_CHART_STYLES[status].colour.replace('#', '')),
      showLegend: true,
      legendPos: 'b',
      showValue: true,
      dataLabelColor: 'FFFFFF',
      // Counts on their segments; none written on an empty one.
      dataLabelFormatCode: '#,##0;;',
      altText: `${caption} ${content.areas
        .map(
          (area) =>
            `${inline(L.area, language)} ${area.number}: ${STATUSES.map(
              (status) =>
                `${area.counts[COUNT_FIELD[status]]} ${inline(RAG_LABEL_OF(status), language)}`,
            ).join(', ')}`,
        )
        .join('; ')}`,
    },
  );

  const areas = areaOf(content.actions);
  for (const area of content.areas) {
    const slide = deck.addSlide();
    title(
      slide,
      { en: `${area.number}. ${bi(area.title).en}`, cy: `${area.number}. ${bi(area.title).cy}` },
      language,
    );
    table(
      slide,
      [
        [...STATUSES.map((status) => RAG_LABEL_OF(status)), L.total],
        [
          ...STATUSES.map((status) => same(String(area.counts[COUNT_FIELD[status]]))),
          same(String(area.counts.total)),
        ],
      ],
      language,
      { x: 0.4, y: 1.3, w: 12.5 },
    );
    const inArea = (move: { actionId: string }) => areas.get(move.actionId) === area.number;
    const moved = (label: Bi, list: { actionId: string }[]) =>
      same(`${inline(label, language)}: ${list.filter(inArea).length}`);
    const { movement } = content;
    slide.addText(
      [
        moved(L.improved, movement.improved),
        moved(L.worsened, movement.worsened),
        moved(L.completed, movement.completed),
        moved(L.newlyRed, movement.newlyRed),
      ]
        .map((text) => text.en)
        .join('   ·   '),
      {
        x: 0.4,
        y: 2.5,
        w: 12.5,
        h: 0.4,
        fontFace: FONT,
        fontSize: 14,
        color: INK,
        lang: LOCALE[language === 'en' ? 'en' : 'cy'],
      },
    );
    const exceptions = content.exceptions.filter((line) => line.areaNumber === area.number);
    if (exceptions.length) {
      table(
        slide,
        [
          [L.action, L.status, L.mitigation],
          ...exceptions.slice(0, EXCEPTIONS_PER_SLIDE).map((line) => [
            {
              en: `${line.reference} ${bi(line.title).en}`,
              cy: `${line.reference} ${bi(line.title).cy}`,
            },
            RAG_LABEL_OF(line.rag ?? 'NO_UPDATE'),
            bi(line.nextSteps),
          ]),
        ],
        language,
        { x: 0.4, y: 3.1, w: 12.5, colW: [4.5, 1.5, 6.5] },
      );
    } else {
      slide.addText(runs(L.noExceptions, language), {
        x: 0.4,
        y: 3.1,
        w: 12.5,
        h: 0.5,
        fontFace: FONT,
        fontSize: 14,
        color: INK,
      });
    }
  }

  if (content.measures.measures.length) {
    const slide = deck.addSlide();
    title(slide, L.measuresHeading, language);
    const offTarget = content.measures.offTarget.slice(0, 8);
    table(
      slide,
      [
        [L.measure, L.latestFigure, L.target, L.rag],
        ...(offTarget.length ? offTarget : content.measures.measures.slice(0, 8)).map((line) => [
          measureName(line),
          latestFigureText(line),
          targetText(line),
          ragText(line),
        ]),
      ],
      language,
      { x: 0.4, y: 1.3, w: 12.5, colW: [6, 2.5, 2, 2] },
    );
  }

  if (content.risks?.risks.length) {
    const slide = deck.addSlide();
    title(slide, L.risksHeading, language);
    table(
      slide,
      [
        content.risks.bands.map(({ band }) => RISK_BAND_LABELS[band]),
        content.risks.bands.map(({ count }) => same(String(count))),
      ],
      language,
      { x: 0.4, y: 1.3, w: 12.5 },
    );
    table(
      slide,
      [
        [L.riskRegister, L.currentScore],
        ...content.risks.risks.slice(0, 6).map((risk) => [riskName(risk), scoreText(risk.current)]),
      ],
      language,
      { x: 0.4, y: 2.6, w: 12.5, colW: [10, 2.5] },
    );
  }

  return (await deck.write({ outputType: 'nodebuffer' })) as Buffer;
}
