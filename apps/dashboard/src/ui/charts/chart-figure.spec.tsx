import { act, render, screen } from '@testing-library/react';

import { ChartFigure } from './chart-figure';

/** The browser's IntersectionObserver, reporting when the test says the chart nears the screen. */
class ScreenWatch {
  static watching: ScreenWatch[] = [];
  constructor(private readonly report: IntersectionObserverCallback) {
    ScreenWatch.watching.push(this);
  }
  observe() {
    // Reported by nearScreen.
  }
  disconnect() {
    ScreenWatch.watching = ScreenWatch.watching.filter((watch) => watch !== this);
  }
  static nearScreen() {
    for (const watch of [...ScreenWatch.watching])
      watch.report(
        [{ isIntersecting: true } as IntersectionObserverEntry],
        watch as unknown as IntersectionObserver,
      );
  }
}

describe('a chart in its figure', () => {
  beforeEach(() => {
    window.IntersectionObserver = ScreenWatch as unknown as typeof IntersectionObserver;
  });
  afterEach(() => {
    delete (window as { IntersectionObserver?: unknown }).IntersectionObserver;
    ScreenWatch.watching = [];
  });

  it('is drawn once it nears the screen, its space kept until then', () => {
    render(
      <ChartFigure title="Status by period" summary="Red, then green" height={280}>
        <svg data-testid="drawing" />
      </ChartFigure>,
    );
    expect(screen.queryByTestId('drawing')).not.toBeInTheDocument();
    expect(screen.getByRole('figure')).toHaveTextContent('Red, then green');

    act(() => ScreenWatch.nearScreen());

    expect(screen.getByTestId('drawing')).toBeInTheDocument();
    expect(ScreenWatch.watching).toHaveLength(0);
  });

  it('draws a picture at once', () => {
    render(
      <ChartFigure title="Status by area" summary="Mostly green">
        <img src="/charts/progress/1" alt="" width={600} height={300} />
      </ChartFigure>,
    );
    expect(screen.getByRole('figure').querySelector('img')).not.toBeNull();
  });
});
