import { serverSvg } from './server-svg';

describe('serverSvg', () => {
  const SIZE = { width: 320, height: 200 };
  /** A line in a clipped grid, with hover styles: ECharts gives it classes and clip paths. */
  const lineChart = (values: number[], labels = values.map((_, index) => `Q${index + 1}`)) => ({
    animation: false,
    xAxis: { type: 'category', data: labels },
    yAxis: { type: 'value' },
    series: [{ type: 'line', data: values, areaStyle: {} }],
  });
  /** Every kind of part ECharts names: animations, a gradient, a pattern (decal) and a shadow. */
  const everyPart = {
    animation: true,
    aria: { enabled: true, decal: { show: true } },
    xAxis: { type: 'category', data: ['Q1', 'Q2'] },
    yAxis: { type: 'value' },
    series: [
      {
        type: 'bar',
        data: [3, 5],
        itemStyle: {
          shadowBlur: 4,
          shadowColor: '#505a5f',
          color: {
            type: 'linear',
            x: 0,
            y: 0,
            x2: 0,
            y2: 1,
            colorStops: [
              { offset: 0, color: '#1d70b8' },
              { offset: 1, color: '#003078' },
            ],
          },
        },
      },
    ],
  };
  const idsIn = (svg: string) => [...svg.matchAll(/\bid="([\w-]+)"/g)].map(([, id]) => id);

  it('draws the same chart as the same bytes, however many charts were drawn before', () => {
    const first = serverSvg(everyPart, SIZE, 'Trend');
    serverSvg(lineChart([4, 5]), SIZE, 'Another');
    expect(serverSvg(everyPart, SIZE, 'Trend')).toBe(first);
    expect(first).not.toMatch(/\bzr\d+-/);
  });

  it.each([
    ['a bar chart with animations, a gradient, a pattern and shadows', everyPart, ['g', 'p', 's']],
    ['a line chart in a clipped grid', lineChart([1, 2, 3]), ['c']],
  ])('names every part of %s, each name used defined in the picture', (_, option, kinds) => {
    const svg = serverSvg(option, SIZE, 'Every part');
    const ids = new Set(idsIn(svg));
    for (const kind of kinds) {
      expect([...ids].some((id) => new RegExp(`^c[0-9a-f]{12}-${kind}\\d+$`).test(id))).toBe(true);
    }
    for (const [, referred] of svg.matchAll(/url\(#([\w-]+)\)/g)) expect(ids).toContain(referred);
    const classes = [...svg.matchAll(/class="([^"]+)"/g)].flatMap(([, list]) => list.split(' '));
    expect(classes.length).toBeGreaterThan(0);
    for (const name of classes) expect(svg).toMatch(new RegExp(`\\.${name}\\b`));
    for (const [, animation] of svg.matchAll(/@keyframes ([\w-]+)/g)) {
      expect(animation).toMatch(/^c[0-9a-f]{12}-ani-\d+$/);
    }
  });

  it('never gives two charts of different figures or names one id', () => {
    const [one, other, renamed] = [
      serverSvg(lineChart([1, 2, 3]), SIZE, 'One'),
      serverSvg(lineChart([3, 2, 1]), SIZE, 'One'),
      serverSvg(lineChart([1, 2, 3]), SIZE, 'Measure B'),
    ].map(idsIn);
    expect(one.length).toBeGreaterThan(0);
    expect(one.filter((id) => other.includes(id) || renamed.includes(id))).toEqual([]);
  });

  it('leaves the chart’s own text as it is', () => {
    const svg = serverSvg(lineChart([1, 2], ['zr0-c0', 'zr1-cls-2']), SIZE, 'Labels');
    expect(svg).toContain('>zr0-c0<');
    expect(svg).toContain('>zr1-cls-2<');
  });

  it('names the picture for assistive technology, escaped', () => {
    const svg = serverSvg(lineChart([1]), SIZE, 'Vacancies <falling> & "steady"');
    expect(svg).toMatch(
      /^<svg role="img" aria-label="Vacancies &lt;falling&gt; &amp; &quot;steady&quot;" /,
    );
    expect(svg).toContain('<title>Vacancies &lt;falling&gt; &amp; &quot;steady&quot;</title>');
  });
});
