import { useSyncExternalStore } from 'react';

/**
 * Below GOV.UK Frontend's tablet breakpoint (641 px), where the service navigation collapses
 * behind its menu button.
 */
const NARROW = '(max-width: 40.0525em)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia?.(NARROW);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

// Without matchMedia (old browsers, jsdom) the page is treated as wide: every link stays shown.
const isNarrow = () => window.matchMedia?.(NARROW).matches ?? false;

/** Whether the window is phone-sized, following it as it resizes or rotates. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrow);
}
