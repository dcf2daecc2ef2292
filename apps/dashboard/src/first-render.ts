import type { NormalizedCacheObject } from '@apollo/client';

import type { Language } from '@cynnydd/shared/domain';

/**
 * The body's classes once the dashboard starts (GOV.UK Frontend's "scripts are running"): added by
 * main.tsx, and written into a page drawn on the server so nothing moves when they are.
 */
export const STARTED_BODY_CLASSES = ['js-enabled', 'govuk-frontend-supported'];

/** The element a server-drawn page carries its first render's data in. */
export const FIRST_RENDER_ELEMENT_ID = 'first-render';

/**
 * What the browser needs to draw a server-drawn page as the server did, so React can take over
 * its markup (hydrate) rather than draw it again: the answers the page read, and its language.
 */
export interface FirstRender {
  language: Language;
  cache: NormalizedCacheObject;
}

/** The first render's data when the server drew this page; null when it did not. */
export function readFirstRender(document: Document): FirstRender | null {
  const text = document.getElementById(FIRST_RENDER_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as FirstRender) : null;
}
