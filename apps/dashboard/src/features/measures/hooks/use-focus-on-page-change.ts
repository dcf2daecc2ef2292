import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A ref for where a paginated list starts, focused when the reader moves to another of its pages
 * (a page link, or back and forward). The links are under the list: without this, focus and the
 * window would stay at the bottom while the new rows appear above, unannounced (WCAG 2.4.3).
 * Follows the page the address asks for, not the page shown, so a list that is still loading, or
 * arriving at a page from elsewhere, keeps the usual focus.
 *
 * Used by the measures and meetings lists; it belongs beside `usePageOfRows` in ui/pagination.
 */
export function useFocusOnPageChange<T extends HTMLElement>() {
  const [params] = useSearchParams();
  const asked = params.get('page');
  const ref = useRef<T>(null);
  const focusedFor = useRef(asked);
  useEffect(() => {
    if (focusedFor.current === asked) return;
    focusedFor.current = asked;
    ref.current?.focus();
  }, [asked]);
  return ref;
}
