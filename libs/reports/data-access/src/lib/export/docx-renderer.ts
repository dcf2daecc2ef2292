import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

import { ragAreaChartSize } from '@cynnydd/shared/domain';

import { EXPORT_LABELS as L } from './export-labels';
import { inline, type Bi, type ExportLanguage } from './export-language';
import { ragAreaChartAltText, ragAreaChartPng } from './rag-area-chart';
import { trendTable, type Block, type Cell, type ReportDocument } from './report-document';
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

/** The lines of a text; in both languages, Welsh first then English. */
function lines(text: Bi, language: ExportLanguage): string[] {
  const sides =
    language === 'both' ? (text.cy === text.en ? [text.en] : [text.cy, text.en]) : [text[language]];
  return sides.flatMap((side) => side.split('\n'));
}

function paragraphs(text: Bi, language: ExportLanguage, bold = false): Paragraph[] {
  return lines(text, language).map(
    (line) => new Paragraph({ children: [new TextRun({ text: line, bold })] }),
  );
}

function cell(content: Cell, language: ExportLanguage, header = false, columnSpan = 1): TableCell {
  return new TableCell({
    columnSpan,
    children: paragraphs(content.text, language, header || Boolean(content.shade)),
    ...(content.shade
      ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: SHADE_TINTS[content.shade] } }
      : header
        ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' } }
        : {}),
  });
}

function block(item: Block, language: ExportLanguage): (Paragraph | Table)[] {
  switch (item.kind) {
    case 'heading':
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, text: inline(item.text, language) }),
      ];
    case 'paragraph':
      if (language === 'both' && item.text.cy !== item.text.en) {
        // Side by side: Welsh on the left, English on the right.
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            rows: [
              new TableRow({
                children: [item.text.cy, item.text.en].map(
                  (side) =>
                    new TableCell({
                      width: { size: 50, type: WidthType.PERCENTAGE },
                      children: paragraphs({ en: side, cy: side }, 'en', item.emphasis),
                    }),
                ),
              }),
            ],
          }),
        ];
      }
      return paragraphs(item.text, language, item.emphasis);
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: item.columns.map((column) => cell({ text: column }, language, true)),
            }),
            ...item.rows.map(
              (row) => new TableRow({ children: row.map((c) => cell(c, language)) }),
            ),
          ],
        }),
        new Paragraph({}),
      ];
    case 'heatMap':
      return [
        ...paragraphs(item.caption, language, true),
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: [
                cell({ text: { en: '', cy: '' } }, language, true),
                cell({ text: item.columnAxis }, language, true, item.columns.length),
              ],
            }),
            new TableRow({
              tableHeader: true,
              children: [item.rowAxis, ...item.columns].map((text) =>
                cell({ text }, language, true),
              ),
            }),
            ...item.rows.map(
              (row) =>
                new TableRow({
                  children: [
                    cell({ text: row.label }, language, true),
                    ...row.cells.map((c) => cell(c, language)),
                  ],
                }),
            ),
          ],
        }),
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
        ...paragraphs(item.title, language, true),
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
        ...block(trendTable(item), language),
      ];
    }
  }
}

/** The Word board paper: cover page, contents, then the report's sections. */
export function renderDocx(document: ReportDocument, language: ExportLanguage): Promise<Buffer> {
  const { cover } = document;
  const line = (text: Bi, size: number, bold = false) =>
    lines(text, language).map(
      (words) =>
        new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: { after: 200 },
          children: [new TextRun({ text: words, size, bold })],
        }),
    );
  const coverPage = [
    ...line(cover.strategy, 28),
    ...line(cover.title, 48, true),
    ...line(cover.period, 36),
    ...line(cover.edition, 28),
    ...(cover.issued ? line(cover.issued, 28) : []),
    ...line(cover.asOf, 28),
    ...(cover.draft ? line(L.draft, 32, true) : []),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const contents = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: inline(L.contents, language) }),
    ...document.sections.map(
      (section, index) => new Paragraph({ text: `${index + 1}. ${inline(section, language)}` }),
    ),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  const file = new Document({
    creator: 'Cynnydd',
    title: inline(cover.title, language),
    description: `${inline(cover.title, language)} ${cover.period.en}`,
    sections: [
      {
        children: [
          ...coverPage,
          ...contents,
          ...document.blocks.flatMap((b) => block(b, language)),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
