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
// A page drawn on the server does not know the window's width, nor does the browser's first
// render, which must draw what the server did.
const notKnown = () => null;

/**
 * Whether the window is phone-sized, following it as it resizes or rotates; null while not known
 * (drawn on the server, and the browser's first render of that page).
 */
export function useNarrowScreen(): boolean | null {
  return useSyncExternalStore<boolean | null>(subscribe, isNarrow, notKnown);
}
