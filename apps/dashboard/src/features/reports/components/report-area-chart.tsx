import { BarChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

import { ragAreaChartOption, type RagChartArea } from '@cynnydd/shared/domain';

import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';

// Only the parts the chart uses, so this chunk stays small; it loads after the table is on screen.
echarts.use([BarChart, GridComponent, LegendComponent, AriaComponent, SVGRenderer]);

/**
 * The report's RAG-by-area chart, drawn in the browser from the same definition the board paper
 * and the public pages are drawn from, so what the board sees matches the screen. Loaded on its
 * own (React.lazy) so ECharts stays out of the first render.
 */
export default function ReportAreaChart({
  areas,
  height,
}: {
  areas: RagChartArea[];
  height: number;
}) {
  const language = useLanguage();
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = element.current;
    if (!node) return;
    const chart = echarts.init(node, null, {
      renderer: 'svg',
      // jsdom and hidden elements have no width: draw at the board paper's width then.
      width: node.clientWidth || 720,
      height,
    });
    chart.setOption(ragAreaChartOption(areas, language, (value) => formatNumber(value, language)));
    const observer =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver(() => chart.resize({ width: node.clientWidth || 720, height }));
    observer?.observe(node);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [areas, height, language]);
  return <div ref={element} className="app-chart__echarts" style={{ width: '100%', height }} />;
}
