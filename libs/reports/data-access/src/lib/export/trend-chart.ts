import * as echarts from 'echarts';

/*
 * A measure's trend as a small chart for the HTML the PDF is printed from, drawn by ECharts'
 * server-side SVG renderer: the figure of each period as a solid line with its values, the
 * target dashed, a legend. It always sits beside a table of the same figures, so nothing is said
 * by the chart alone.
 */

export interface TrendChartPoint {
  /** The period, already in the export's language(s): one line each. */
  label: string[];
  value: number | null;
  target: number | null;
}

export interface TrendChartText {
  /** Read out by screen readers (aria-label) in place of the picture. */
  title: string;
  figure: string;
  target: string;
  /** The figure with its unit, for the axis and the value labels. */
  format: (value: number) => string;
}

const WIDTH = 640;
const HEIGHT = 240;
const FIGURE_COLOUR = '#1d70b8';
const TARGET_COLOUR = '#505a5f';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};
const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]);

/**
 * The chart as an SVG document. ECharts escapes every text it draws; its `aria` option speaks
 * only through a browser's DOM, so the server-side picture is named here, as an image.
 */
export function trendSvg(points: TrendChartPoint[], text: TrendChartText): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: WIDTH,
    height: HEIGHT,
  });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: 'Arial, sans-serif', color: '#0b0c0c' },
      legend: { bottom: 0, data: [text.figure, text.target] },
      grid: { left: 8, right: 24, top: 24, bottom: 56, containLabel: true },
      xAxis: {
        type: 'category',
        data: points.map((point) => point.label.join('\n')),
        axisLabel: { fontSize: 11, interval: 0 },
      },
      yAxis: {
        type: 'value',
        scale: true,
        axisLabel: { fontSize: 11, formatter: (value: number) => text.format(value) },
      },
      series: [
        {
          name: text.figure,
          type: 'line',
          data: points.map((point) => point.value),
          color: FIGURE_COLOUR,
          lineStyle: { width: 2.5 },
          symbol: 'circle',
          symbolSize: 7,
          label: {
            show: true,
            fontSize: 10,
            formatter: ({ value }: { value: unknown }) => text.format(Number(value)),
          },
        },
        {
          name: text.target,
          type: 'line',
          data: points.map((point) => point.target),
          color: TARGET_COLOUR,
          lineStyle: { width: 2, type: 'dashed' },
          symbol: 'none',
        },
      ],
    });
    const title = escapeXml(text.title);
    return chart
      .renderToSVGString()
      .replace(/^<svg /, `<svg role="img" aria-label="${title}" `)
      .replace(/(<svg[^>]*>)/, `$1<title>${title}</title>`);
  } finally {
    chart.dispose();
  }
}
