import { MeasureUnit } from '@cynnydd/shared/domain';

import { trendChartPng, trendSvg } from './trend-chart';

describe('trendSvg', () => {
  const points = [
    { label: ['2026-27 Q1'], value: 7.2, target: 6 },
    { label: ['2026-27 Q2'], value: 7.9, target: 6 },
  ];
  const svg = trendSvg(points, {
    title: 'Staff turnover <rising>',
    figure: 'Ffigur',
    target: 'Targed',
    format: (value) => `${value}%`,
  });

  it('draws the figures with their values, the target and a legend in the language given', () => {
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    for (const text of ['7.2%', '7.9%', '2026-27 Q1', '2026-27 Q2', 'Ffigur', 'Targed']) {
      expect(svg).toContain(`>${text}<`);
    }
    // The target is dashed, the figure solid.
    expect(svg).toMatch(/stroke-dasharray/);
  });

  it('describes itself for screen readers, with its text escaped', () => {
    expect(svg).toContain('aria-label="Staff turnover &lt;rising&gt;');
    expect(svg).not.toContain('<rising>');
  });
});

describe('trendChartPng', () => {
  it('rasterises the same chart at twice its size, for Word', () => {
    const png = trendChartPng(
      {
        kind: 'trend',
        title: { en: 'M1.2 Vacancy rate', cy: 'M1.2 Cyfradd swyddi gwag' },
        caption: { en: 'Figures', cy: 'Ffigurau' },
        unit: MeasureUnit.PERCENTAGE,
        points: [
          { label: { en: '2026-27 Q1', cy: '2026-27 Ch1' }, value: 7.9, target: 6 },
          { label: { en: '2026-27 Q2', cy: '2026-27 Ch2' }, value: 7.6, target: 6 },
        ],
      },
      'cy',
    );
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 480]);
  });
});
