import { BilingualLayout, type Language } from '@cynnydd/shared/domain';

import { EXPORT_LABELS as L } from './export-labels';
import { inline, type Bi, type ExportLanguage } from './export-language';
import { ragAreaChartSvg } from './rag-area-chart';
import {
  sectionLabel,
  trendTable,
  type Block,
  type Cell,
  type CoverSheetRow,
  type ReportDocument,
} from './report-document';
import { SHADE_TINTS } from './table-shades';
import { trendChartSvg } from './trend-chart';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Everything printed is text: data written by people can never become markup. */
function escape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]);
}

function span(text: string, language: Language): string {
  return `<span lang="${language}">${escape(text).replace(/\n/g, '<br>')}</span>`;
}

/** A text in the export's language(s); both: Welsh then English, each marked with its language. */
function text(value: Bi, language: ExportLanguage): string {
  if (language !== 'both') return span(value[language], language);
  if (value.cy === value.en) return span(value.en, 'en');
  return `${span(value.cy, 'cy')}<br>${span(value.en, 'en')}`;
}

function cell(
  content: Cell,
  language: ExportLanguage,
  tag: 'td' | 'th' = 'td',
  attributes = '',
): string {
  const style = content.shade
    ? ` style="background:#${SHADE_TINTS[content.shade]};font-weight:bold"`
    : '';
  return `<${tag}${attributes}${style}>${text(content.text, language)}</${tag}>`;
}

interface Sections {
  document: ReportDocument;
  /** Counts the report's sections as they come, for their numbers. */
  count: number;
}

function block(item: Block, language: ExportLanguage, section: Sections): string {
  switch (item.kind) {
    case 'heading': {
      const number = inline(sectionLabel(section.document, section.count), language);
      section.count += 1;
      return `<h2>${escape(number)} ${text(item.text, language).replace('<br>', ' / ')}</h2>`;
    }
    case 'paragraph': {
      const tag = item.emphasis ? 'h3' : 'p';
      if (language === 'both' && item.text.cy !== item.text.en) {
        return `<div class="side-by-side"><${tag}>${span(item.text.cy, 'cy')}</${tag}><${tag}>${span(item.text.en, 'en')}</${tag}></div>`;
      }
      return `<${tag}>${text(item.text, language)}</${tag}>`;
    }
    case 'table':
      return `<table><thead><tr>${item.columns.map((c) => cell({ text: c }, language, 'th')).join('')}</tr></thead><tbody>${item.rows
        .map((row) => `<tr>${row.map((c) => cell(c, language)).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'heatMap': {
      // Axis headings as real header cells, so a screen reader names each count's row and column.
      const head = `<tr><td></td>${cell({ text: item.columnAxis }, language, 'th', ` colspan="${item.columns.length}" scope="colgroup"`)}</tr><tr>${[item.rowAxis, ...item.columns].map((c) => cell({ text: c }, language, 'th', ' scope="col"')).join('')}</tr>`;
      const body = item.rows
        .map(
          (row) =>
            `<tr>${cell({ text: row.label }, language, 'th', ' scope="row"')}${row.cells.map((c) => cell(c, language)).join('')}</tr>`,
        )
        .join('');
      return `<table class="heat-map"><caption>${text(item.caption, language)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
    }
    case 'chart': {
      const caption = inline(item.caption, language);
      return `<figure class="rag-chart">${ragAreaChartSvg(item.areas, language)}<figcaption>${escape(caption)}</figcaption></figure>`;
    }
    case 'trend': {
      const title = inline(item.title, language);
      const caption = inline(item.caption, language);
      const chart = trendChartSvg(item, language);
      return `<figure class="trend"><h3>${escape(title)}</h3>${chart}<figcaption>${escape(caption)}</figcaption></figure>${block(trendTable(item), language, section)}`;
    }
  }
}

const STYLE = `
  body { font-family: Arial, sans-serif; font-size: 11pt; color: #0b0c0c; margin: 0; }
  .cover-sheet-page { page-break-after: always; }
  .contents-list { list-style: none; padding-left: 0; }
  .cover-sheet-page h1 { font-size: 20pt; }
  table.cover-sheet th { width: 30%; }
  .next-language { page-break-before: always; }
  .cover { page-break-after: always; padding-top: 30mm; }
  .cover .title { font-size: 28pt; font-weight: bold; margin: 10mm 0; }
  .cover p { font-size: 14pt; }
  .draft { border: 3px solid #d4351c; padding: 4mm; font-weight: bold; }
  .contents { page-break-after: always; }
  h2 { font-size: 16pt; margin-top: 10mm; page-break-after: avoid; }
  h3 { font-size: 12pt; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 6mm; page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  th, td { border: 1px solid #b1b4b6; padding: 2mm; text-align: left; vertical-align: top; }
  th { background: #f3f2f1; }
  .side-by-side { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
  figure { margin: 0 0 4mm; }
  figcaption { font-style: italic; }
  caption { font-weight: bold; text-align: left; margin-bottom: 2mm; }
  table.heat-map td { text-align: center; }
  figure.trend { page-break-inside: avoid; }
  figure.trend svg { max-width: 160mm; }
  figure.rag-chart svg { max-width: 170mm; height: auto; }
`;

/** The cover sheet: the paper's particulars and impact statements, as labelled tables. */
function coverSheet(document: ReportDocument, language: ExportLanguage): string {
  const sheet = document.coverSheet;
  if (!sheet) return '';
  const table = (rows: CoverSheetRow[], caption: Bi) =>
    `<table class="cover-sheet"><caption>${text(caption, language)}</caption><tbody>${rows
      .map(
        (row) =>
          `<tr>${cell({ text: row.label }, language, 'th', ' scope="row"')}${cell({ text: row.value }, language)}</tr>`,
      )
      .join('')}</tbody></table>`;
  return `<section class="cover-sheet-page"><h1>${text(L.coverSheet, language)}</h1>${table(sheet.rows, L.coverSheet)}<h2>${text(L.impacts, language)}</h2>${table(sheet.impacts, L.impacts)}</section>`;
}

/** Each page's header (classification, title, edition) and footer (page X of Y), for printing. */
export function pageFrame(
  document: ReportDocument,
  language: ExportLanguage,
): { header: string; footer: string } {
  const style = 'font-family:Arial,sans-serif;font-size:8pt;width:100%;margin:0 15mm;color:#0b0c0c';
  const classification = document.classification
    ? `<strong>${escape(inline(document.classification, language))}</strong> · `
    : '';
  const other = language === 'both' ? '' : ` · ${escape(L.alsoInWelsh[language])}`;
  return {
    header: `<div style="${style}">${classification}${escape(inline(document.cover.title, language))} – ${escape(document.cover.period.en)} · ${escape(inline(document.cover.edition, language))} · ${escape(inline(document.cover.issued ?? document.cover.asOf, language))}</div>`,
    footer: `<div style="${style}">${escape(inline(L.page, language))} <span class="pageNumber"></span> ${escape(inline(L.of, language))} <span class="totalPages"></span>${other}</div>`,
  };
}

/** The report's body in one language (or both side by side), its sections numbered. */
function body(document: ReportDocument, language: ExportLanguage): string {
  const { cover } = document;
  const section: Sections = { document, count: 0 };
  return `${coverSheet(document, language)}
<section class="cover">
  <p>${text(cover.strategy, language)}</p>
  <h1 class="title">${text(cover.title, language)}</h1>
  <p>${text(cover.period, language)}</p>
  <p>${text(cover.edition, language)}</p>
  ${cover.issued ? `<p>${text(cover.issued, language)}</p>` : ''}
  <p>${text(cover.asOf, language)}</p>
  ${cover.draft ? `<p class="draft">${text(L.draft, language)}</p>` : ''}
</section>
<section class="contents"><h2>${escape(inline(L.contents, language))}</h2><ul class="contents-list">${document.sections
    .map(
      (heading, index) =>
        `<li>${escape(inline(sectionLabel(document, index), language))} ${escape(inline(heading, language))}</li>`,
    )
    .join('')}</ul></section>
${document.blocks.map((item) => block(item, language, section)).join('\n')}`;
}

/**
 * The report as a printable HTML page, for PDF: in both languages side by side, or the whole
 * Welsh paper then the whole English one, as the programme office has set.
 */
export function renderHtml(
  document: ReportDocument,
  language: ExportLanguage,
  layout: BilingualLayout = BilingualLayout.SIDE_BY_SIDE,
): string {
  const lang = language === 'both' ? 'cy' : language;
  const title = escape(inline(document.cover.title, language));
  const content =
    language === 'both' && layout === BilingualLayout.WELSH_THEN_ENGLISH
      ? `<div lang="cy">${body(document, 'cy')}</div><div lang="en" class="next-language">${body(document, 'en')}</div>`
      : body(document, language);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head><body>
${content}
</body></html>`;
}
