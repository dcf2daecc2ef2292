import { serverSvg } from './server-svg';

describe('serverSvg', () => {
  const SIZE = { width: 320, height: 200 };
  /** Bars in a clipped grid with hover styles: ECharts gives it classes and clip paths. */
  const bars = (values: number[]) => ({
    animation: false,
    xAxis: { type: 'category', data: values.map((_, index) => `Q${index + 1}`) },
    yAxis: { type: 'value' },
    series: [{ type: 'line', data: values, areaStyle: {} }],
  });
  const namesIn = (svg: string) => new Set(svg.match(/\bc[0-9a-f]{12}-[a-z]+-?\d+/g));

  it('draws the same chart as the same bytes, however many charts were drawn before', () => {
    const first = serverSvg(bars([1, 2, 3]), SIZE, 'Trend');
    serverSvg(bars([4, 5]), SIZE, 'Another');
    expect(serverSvg(bars([1, 2, 3]), SIZE, 'Trend')).toBe(first);
    expect(first).not.toMatch(/\bzr\d+-/);
  });

  it('gives different charts names of their own, each defined where it is used', () => {
    const one = serverSvg(bars([1, 2, 3]), SIZE, 'One');
    const other = serverSvg(bars([3, 2, 1]), SIZE, 'Other');
    expect(namesIn(one).size).toBeGreaterThan(1);
    expect([...namesIn(one)].filter((name) => namesIn(other).has(name))).toEqual([]);
    for (const svg of [one, other]) {
      for (const [, clip] of svg.matchAll(/url\(#([\w-]+)\)/g)) {
        expect(svg).toContain(`id="${clip}"`);
      }
      for (const [, name] of svg.matchAll(/class="([\w-]+)"/g)) {
        expect(svg).toMatch(new RegExp(`\\.${name}\\b`));
      }
    }
  });

  it('names the picture for assistive technology, escaped', () => {
    const svg = serverSvg(bars([1]), SIZE, 'Vacancies <falling> & "steady"');
    expect(svg).toMatch(
      /^<svg role="img" aria-label="Vacancies &lt;falling&gt; &amp; &quot;steady&quot;" /,
    );
    expect(svg).toContain('<title>Vacancies &lt;falling&gt; &amp; &quot;steady&quot;</title>');
  });
});
