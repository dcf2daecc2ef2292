import { Component, Suspense, useId, type ReactNode } from 'react';

import { useNearScreen } from './use-near-screen';

/** Shows nothing if the chart fails (say its code cannot be loaded): the table still has it all. */
class ChartErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * A chart's space kept at its height, the chart drawn once it nears the screen: its code loads
 * and it is drawn only for a reader who scrolls to it, not while the page first arrives.
 */
function DrawnNearScreen({ height, children }: { height: number; children: ReactNode }) {
  const [ref, near] = useNearScreen<HTMLDivElement>();
  return (
    <div ref={ref} style={{ height }}>
      <Suspense>{near && children}</Suspense>
    </div>
  );
}

interface Props {
  title: string;
  /** The chart's message in words, and where the same figures are as a table. */
  summary: ReactNode;
  /** A key naming each status by text, shape and fill. */
  legend?: ReactNode;
  /**
   * Height kept free until the chart is drawn (near the screen, its code loaded), so the page
   * does not jump; none for a picture, drawn at once, which keeps its place by its own width and
   * height.
   */
  height?: number;
  /** The chart itself: a React.lazy component so the charting library loads on its own, or a picture. */
  children: ReactNode;
}

/**
 * A chart as a figure: a caption that says in words what it shows and points to the table with
 * the same data, then the drawing. The drawing and its key are hidden from assistive technology,
 * which gets the caption and the table instead.
 */
export function ChartFigure({ title, summary, legend, height, children }: Props) {
  const id = useId();
  return (
    <figure
      className="app-chart"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
    >
      <figcaption className="app-chart__caption">
        <span className="govuk-heading-s app-chart__title" id={`${id}-title`}>
          {title}
        </span>
        <span className="govuk-body app-chart__summary" id={`${id}-summary`}>
          {summary}
        </span>
      </figcaption>
      <div className="app-chart__graphic" aria-hidden="true">
        {legend}
        <ChartErrorBoundary>
          {height === undefined ? (
            children
          ) : (
            <DrawnNearScreen height={height}>{children}</DrawnNearScreen>
          )}
        </ChartErrorBoundary>
      </div>
    </figure>
  );
}
