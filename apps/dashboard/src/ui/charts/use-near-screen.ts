import { useCallback, useState, type RefCallback } from 'react';

/**
 * Whether an element has come within a screen's height of the viewport; it stays true once it
 * has. True at once where the browser cannot tell (no IntersectionObserver); false on the server,
 * as the browser's first render then is too (a page drawn on the server, ADR 20).
 */
export function useNearScreen<T extends Element>(): [RefCallback<T>, boolean] {
  const [near, setNear] = useState(
    () => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined',
  );
  const ref = useCallback(
    (element: T | null) => {
      if (!element || near) return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          observer.disconnect();
          setNear(true);
        },
        { rootMargin: '100% 0px' },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [near],
  );
  return [ref, near];
}
