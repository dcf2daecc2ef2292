import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  /** The heading's id, which labels the panel. */
  id: string;
  heading: string;
  level?: 2 | 3;
  size?: 'm' | 's';
  children: ReactNode;
}

/**
 * An inset panel that opens in answer to a button (a confirmation, a short form). Its heading
 * takes focus when it appears, so keyboard and screen reader users are taken to it.
 */
export function FocusPanel({ id, heading, level = 2, size = 'm', children }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section className="govuk-inset-text" aria-labelledby={id}>
      <Heading className={`govuk-heading-${size}`} id={id} ref={ref} tabIndex={-1}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
