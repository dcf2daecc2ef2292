import type { RagChartArea } from '@cynnydd/shared/domain';

import { ragAreaChartAltText, ragAreaChartPng, ragAreaChartSvg } from './rag-area-chart';

const area = (number: number, en: string, cy: string, counts: Partial<RagChartArea['counts']>) => ({
  number,
  name: { en, cy },
  counts: { red: 0, amber: 0, green: 0, notStarted: 0, complete: 0, noUpdate: 0, ...counts },
});

const AREAS: RagChartArea[] = [
  area(1, 'Sharing best practice', 'Rhannu arferion gorau', {
    red: 1,
    amber: 2,
    green: 3,
    noUpdate: 4,
  }),
  area(2, 'Workforce data', 'Data’r gweithlu', { green: 5, notStarted: 6, complete: 7 }),
];

describe('the RAG-by-area chart drawn on the server', () => {
  it('draws area names, a legend and each count as text in the SVG', () => {
    const svg = ragAreaChartSvg(AREAS, 'en');
    for (const text of [
      '1. Sharing best practice',
      '2. Workforce data',
      'Red',
      'Amber',
      'Green',
      'Not started',
      'Complete',
      'No update',
      'Number of actions',
    ]) {
      expect(svg).toContain(`>${text}<`);
    }
    for (const value of ['1', '2', '3', '4', '5', '6', '7']) expect(svg).toContain(`>${value}<`);
  });

  it('names the SVG for assistive technology with the figures in words', () => {
    const svg = ragAreaChartSvg(AREAS, 'cy');
    const label =
      'Camau gweithredu yn ôl statws ym mhob maes strategol: 1. Rhannu arferion gorau: 1 coch, 2 ambr, 3 gwyrdd, 4 dim diweddariad; 2. Data’r gweithlu: 5 gwyrdd, 6 heb ddechrau, 7 wedi&#39;i gwblhau.';
    expect(svg).toMatch(/^<svg role="img" aria-label="[^"]+"/);
    expect(svg).toContain('>1. Rhannu arferion gorau<');
    expect(svg).toContain('>Coch<');
    expect(ragAreaChartAltText(AREAS, 'cy')).toBe(label.replace('&#39;', "'"));
    expect(svg).toContain(`<title>${ragAreaChartAltText(AREAS, 'cy')}</title>`);
  });

  it('draws patterns as well as colours', () => {
    expect(ragAreaChartSvg(AREAS, 'en')).toContain('<pattern');
  });

  it('gives Word a PNG at twice the drawing size', () => {
    const png = ragAreaChartPng(AREAS, 'both');
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    // Width and height, big-endian, in the IHDR chunk.
    expect(png.readUInt32BE(16)).toBe(1440);
    expect(png.readUInt32BE(20)).toBe(2 * (96 + 2 * 72));
  });
});
