import { createHash } from 'node:crypto';
import * as echarts from 'echarts';

/*
 * Charts drawn on the server by ECharts' SVG renderer, for the HTML the PDF is printed from and
 * the public progress pages: the trend of a measure and the RAG-by-area chart.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);

/** Names an SVG picture for assistive technology: ECharts' own `aria` works only in a browser. */
export function namedSvg(svg: string, name: string): string {
  const escaped = escapeXml(name);
  return svg
    .replace(/^<svg /, `<svg role="img" aria-label="${escaped}" `)
    .replace(/(<svg[^>]*>)/, `$1<title>${escaped}</title>`);
}

/** Where the renderer's own instance name (`zr7`) first shows: an id, a class or a reference. */
const RENDERER_NAME = /(?:id="|class="|url\(#)(zr\d+)-/;

/**
 * ECharts names an SVG's classes, clip paths, gradients, patterns, shadows and animations after
 * counters its process keeps (`zr7-cls-63`), so the same chart drawn twice is not the same bytes,
 * and neither would be the public page it is on (its ETag would change whenever the page is made
 * again). Named after the picture and its name instead, the same chart is always the same bytes,
 * and charts of different names or figures on one page never share an id.
 */
function stableSvgNames(svg: string, name: string): string {
  const renderer = RENDERER_NAME.exec(svg)?.[1];
  if (!renderer) return svg;
  const part = new RegExp(`\\b${renderer}-(cls|ani|c|g|p|s)(-?)(\\d+)\\b`, 'g');
  const classes = new Map<string, number>();
  const local = (token: string, kind: string, dash: string, index: string) => {
    if (kind !== 'cls') return `${kind}${dash}${index}`;
    if (!classes.has(token)) classes.set(token, classes.size);
    return `cls-${classes.get(token)}`;
  };
  const named = (prefix: string) =>
    svg.replace(
      part,
      (token, kind: string, dash: string, index: string) =>
        `${prefix}${local(token, kind, dash, index)}`,
    );
  const picture = createHash('sha256').update(name).update('\0').update(named('')).digest('hex');
  return named(`c${picture.slice(0, 12)}-`);
}

/** An ECharts option drawn as an SVG document of `size`, named `name`, the same bytes each time. */
export function serverSvg(
  option: echarts.EChartsCoreOption,
  size: { width: number; height: number },
  name: string,
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    chart.setOption(option);
    return namedSvg(stableSvgNames(chart.renderToSVGString(), name), name);
  } finally {
    chart.dispose();
  }
}
