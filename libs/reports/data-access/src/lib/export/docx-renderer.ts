import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';

import { BilingualLayout, ragAreaChartSize, type Language } from '@cynnydd/shared/domain';

import { PAGE, PORTRAIT_TEXT_WIDTH, tableLayout } from './docx-layout';
import { EXPORT_LABELS as L } from './export-labels';
import { inline, type Bi, type ExportLanguage } from './export-language';
import { ragAreaChartAltText, ragAreaChartPng } from './rag-area-chart';
import {
  sectionLabel,
  trendTable,
  type Block,
  type Cell,
  type CoverSheetRow,
  type ReportDocument,
} from './report-document';
import { SHADE_TINTS } from './table-shades';
import { TREND_CHART_SIZE, trendChartPng } from './trend-chart';

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** Each paragraph says its language, so screen readers and spelling checkers read it rightly. */
const LOCALE: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

interface Line {
  text: string;
  language: Language;
}

/** The lines of a text; in both languages, Welsh first then English, each in its language. */
function lines(text: Bi, language: ExportLanguage): Line[] {
  const sides: Line[] =
    language === 'both'
      ? text.cy === text.en
        ? [{ text: text.en, language: 'en' }]
        : [
            { text: text.cy, language: 'cy' },
            { text: text.en, language: 'en' },
          ]
      : [{ text: text[language], language }];
  return sides.flatMap((side) =>
    side.text.split('\n').map((part) => ({ text: part, language: side.language })),
  );
}

function run(line: Line, options: { bold?: boolean; italics?: boolean; size?: number } = {}) {
  return new TextRun({ text: line.text, language: { value: LOCALE[line.language] }, ...options });
}

function paragraphs(
  text: Bi,
  language: ExportLanguage,
  options: { bold?: boolean; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {},
): Paragraph[] {
  return lines(text, language).map(
    (line) =>
      new Paragraph({
        heading: options.heading,
        children: [run(line, { bold: options.bold && !options.heading })],
      }),
  );
}

function cell(
  content: Cell,
  language: ExportLanguage,
  width: number,
  header = false,
  columnSpan = 1,
): TableCell {
  return new TableCell({
    columnSpan,
    width: { size: width, type: WidthType.DXA },
    children: paragraphs(content.text, language, { bold: header || Boolean(content.shade) }),
    ...(content.shade
      ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE_TINTS[content.shade] } }
      : header
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' } }
        : {}),
  });
}

/** A table with its columns fixed: header row repeated on each page, rows never split. */
function fixedTable(widths: number[], header: TableCell[][], body: TableCell[][]): Table {
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      ...header.map((children) => new TableRow({ tableHeader: true, cantSplit: true, children })),
      ...body.map((children) => new TableRow({ cantSplit: true, children })),
    ],
  });
}

function heatMapTable(item: Extract<Block, { kind: 'heatMap' }>, language: ExportLanguage) {
  const widths = [
    2400,
    ...item.columns.map(() => Math.floor((PORTRAIT_TEXT_WIDTH - 2400) / item.columns.length)),
  ];
  const rest = widths.slice(1).reduce((sum, width) => sum + width, 0);
  return fixedTable(
    widths,
    [
      [
        cell({ text: { en: '', cy: '' } }, language, widths[0], true),
        cell({ text: item.columnAxis }, language, rest, true, item.columns.length),
      ],
      [item.rowAxis, ...item.columns].map((text, index) =>
        cell({ text }, language, widths[index], true),
      ),
    ],
    item.rows.map((row) => [
      cell({ text: row.label }, language, widths[0], true),
      ...row.cells.map((c, index) => cell(c, language, widths[index + 1])),
    ]),
  );
}

interface Context {
  document: ReportDocument;
  language: ExportLanguage;
  /** Counts the report's sections as they come, for their numbers. */
  section: number;
}

function block(item: Block, context: Context): (Paragraph | Table)[] {
  const { language } = context;
  switch (item.kind) {
    case 'heading': {
      const number = inline(sectionLabel(context.document, context.section), language);
      context.section += 1;
      return [
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          children: [
            new TextRun(`${number} `),
            ...lines(item.text, language).flatMap((line, index) => [
              ...(index ? [new TextRun(' / ')] : []),
              run(line),
            ]),
          ],
        }),
      ];
    }
    case 'paragraph':
      if (language === 'both' && item.text.cy !== item.text.en) {
        // Side by side: Welsh on the left, English on the right.
        const half = Math.floor(PORTRAIT_TEXT_WIDTH / 2);
        return [
          new Table({
            width: { size: PORTRAIT_TEXT_WIDTH, type: WidthType.DXA },
            columnWidths: [half, half],
            layout: TableLayoutType.FIXED,
            borders: NO_BORDERS,
            rows: [
              new TableRow({
                children: (['cy', 'en'] as const).map(
                  (side) =>
                    new TableCell({
                      width: { size: half, type: WidthType.DXA },
                      children: paragraphs(item.text, side, {
                        heading: item.emphasis ? HeadingLevel.HEADING_2 : undefined,
                      }),
                    }),
                ),
              }),
            ],
          }),
        ];
      }
      return paragraphs(item.text, language, {
        heading: item.emphasis ? HeadingLevel.HEADING_2 : undefined,
      });
    case 'table': {
      const { widths } = tableLayout(item.columns, item.rows, language, item.wide);
      return [
        fixedTable(
          widths,
          [
            item.columns.map((column, index) =>
              cell({ text: column }, language, widths[index], true),
            ),
          ],
          item.rows.map((row) => row.map((c, index) => cell(c, language, widths[index]))),
        ),
        new Paragraph({}),
      ];
    }
    case 'heatMap':
      return [
        ...paragraphs(item.caption, language, { heading: HeadingLevel.HEADING_2 }),
        heatMapTable(item, language),
        new Paragraph({}),
      ];
    case 'chart': {
      // Drawn at twice its size by resvg, placed at 85% of its SVG size (about 16 cm wide).
      const size = ragAreaChartSize(item.areas, language);
      const caption = inline(item.caption, language);
      return [
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: ragAreaChartPng(item.areas, language),
              transformation: { width: size.width * 0.85, height: size.height * 0.85 },
              altText: {
                name: 'RAG chart',
                title: caption,
                description: ragAreaChartAltText(item.areas, language),
              },
            }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: caption, italics: true })] }),
      ];
    }
    case 'trend': {
      const title = inline(item.title, language);
      const caption = inline(item.caption, language);
      return [
        ...paragraphs(item.title, language, { heading: HeadingLevel.HEADING_3 }),
        new Paragraph({
          children: [
            new ImageRun({
              type: 'png',
              data: trendChartPng(item, language),
              transformation: {
                width: TREND_CHART_SIZE.width * 0.9,
                height: TREND_CHART_SIZE.height * 0.9,
              },
              altText: { name: 'Trend chart', title, description: caption },
            }),
          ],
        }),
        new Paragraph({ children: [new TextRun({ text: caption, italics: true })] }),
        ...block(trendTable(item), context),
      ];
    }
  }
}

/** The cover sheet: the paper's particulars, then its impact statements, as labelled tables. */
function coverSheet(rows: CoverSheetRow[], impacts: CoverSheetRow[], language: ExportLanguage) {
  const widths = [2800, PORTRAIT_TEXT_WIDTH - 2800];
  const table = (list: CoverSheetRow[]) =>
    fixedTable(
      widths,
      [],
      list.map((row) => [
        cell({ text: row.label }, language, widths[0], true),
        cell({ text: row.value }, language, widths[1]),
      ]),
    );
  return [
    ...paragraphs(L.coverSheet, language, { heading: HeadingLevel.TITLE }),
    table(rows),
    ...paragraphs(L.impacts, language, { heading: HeadingLevel.HEADING_2 }),
    table(impacts),
  ];
}

/** The title page: strategy, title, period, edition, dates; and the contents, numbered. */
function titleAndContents(document: ReportDocument, language: ExportLanguage) {
  const { cover } = document;
  const line = (text: Bi, size: number, bold = false) =>
    lines(text, language).map(
      (words) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: { after: 200 },
          children: [run(words, { size, bold })],
        }),
    );
  return [
    ...line(cover.strategy, 28),
    ...line(cover.title, 48, true),
    ...line(cover.period, 36),
    ...line(cover.edition, 28),
    ...(cover.issued ? line(cover.issued, 28) : []),
    ...line(cover.asOf, 28),
    ...(cover.draft ? line(L.draft, 32, true) : []),
    new Paragraph({ children: [new PageBreak()] }),
    ...paragraphs(L.contents, language, { heading: HeadingLevel.HEADING_1 }),
    ...document.sections.map(
      (section, index) =>
        new Paragraph({
          text: `${inline(sectionLabel(document, index), language)} ${inline(section, language)}`,
        }),
    ),
  ];
}

/** Header (classification, title, edition) and footer (page X of Y, the other language). */
function headerAndFooter(document: ReportDocument, language: ExportLanguage) {
  const small = (text: string, bold = false) => new TextRun({ text, size: 16, bold });
  const classification = document.classification ? inline(document.classification, language) : '';
  const other = language === 'both' ? [] : [small(`  ·  ${L.alsoInWelsh[language]}`)];
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            children: [
              ...(classification ? [small(`${classification}  ·  `, true)] : []),
              small(`${inline(document.cover.title, language)} – ${document.cover.period.en}`),
              small(`  ·  ${inline(document.cover.edition, language)}`),
              small(`  ·  ${inline(document.cover.issued ?? document.cover.asOf, language)}`),
            ],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            children: [
              new TextRun({
                size: 16,
                children: [
                  `${inline(L.page, language)} `,
                  PageNumber.CURRENT,
                  ` ${inline(L.of, language)} `,
                  PageNumber.TOTAL_PAGES,
                ],
              }),
              ...other,
            ],
          }),
        ],
      }),
    },
  };
}

/**
 * The report's sections: a section whose tables are wide goes on landscape pages; consecutive
 * sections of the same orientation share pages (a Word section always starts a new page).
 */
function bodySections(document: ReportDocument, language: ExportLanguage) {
  const groups: Block[][] = [];
  for (const item of document.blocks) {
    if (item.kind === 'heading' || !groups.length) groups.push([]);
    groups[groups.length - 1].push(item);
  }
  const context: Context = { document, language, section: 0 };
  const runs: { landscape: boolean; children: (Paragraph | Table)[] }[] = [];
  for (const group of groups) {
    const landscape = group.some(
      (item) =>
        item.kind === 'table' &&
        tableLayout(item.columns, item.rows, language, item.wide).landscape,
    );
    const children = group.flatMap((item) => block(item, context));
    const last = runs.at(-1);
    if (last && last.landscape === landscape) last.children.push(...children);
    else runs.push({ landscape, children });
  }
  return runs;
}

function sectionsIn(document: ReportDocument, language: ExportLanguage): ISectionOptions[] {
  const frame = headerAndFooter(document, language);
  const page = (landscape: boolean) => ({
    page: {
      size: {
        width: PAGE.width,
        height: PAGE.height,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
    },
  });
  const { coverSheet: sheet } = document;
  return [
    ...(sheet
      ? [
          {
            ...frame,
            properties: page(false),
            children: coverSheet(sheet.rows, sheet.impacts, language),
          },
        ]
      : []),
    { ...frame, properties: page(false), children: titleAndContents(document, language) },
    ...bodySections(document, language).map(({ landscape, children }) => ({
      ...frame,
      properties: page(landscape),
      children,
    })),
  ];
}

/**
 * The Word board paper: cover sheet, title page and contents, then the report's numbered
 * sections. In both languages, either side by side (Welsh on the left) or the whole Welsh paper
 * followed by the whole English one, as the programme office has set.
 */
export function renderDocx(
  document: ReportDocument,
  language: ExportLanguage,
  layout: BilingualLayout = BilingualLayout.SIDE_BY_SIDE,
): Promise<Buffer> {
  const sections =
    language === 'both' && layout === BilingualLayout.WELSH_THEN_ENGLISH
      ? [...sectionsIn(document, 'cy'), ...sectionsIn(document, 'en')]
      : sectionsIn(document, language);
  const file = new Document({
    creator: 'Cynnydd',
    title: inline(document.cover.title, language),
    description: `${inline(document.cover.title, language)} ${document.cover.period.en}`,
    styles: {
      default: {
        document: { run: { language: { value: LOCALE[language === 'en' ? 'en' : 'cy'] } } },
      },
    },
    sections,
  });
  return Packer.toBuffer(file);
}
