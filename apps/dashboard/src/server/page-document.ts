import { FIRST_RENDER_ELEMENT_ID, STARTED_BODY_CLASSES, type FirstRender } from '../first-render';

/** The built index.html, and the script that starts the dashboard after the first paint. */
export interface BuiltDocument {
  template: string;
  /** The address of the built `src/start-after-paint.ts`. */
  startAfterPaint: string;
}

const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const MODULE_PRELOAD = /<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * A page drawn on the server, as the built index.html with:
 * - the page's markup in #root and the first render's data after it, as a JSON data block: not
 *   a script, so the Content-Security-Policy lets it be, with "<" escaped so no text in the data
 *   can end the element early;
 * - the dashboard's entry and the modules it preloads handed to `start-after-paint`, which asks
 *   for them once the page is painted;
 * - the page's language and the body classes the dashboard adds as it starts.
 */
export function pageDocument(
  { template, startAfterPaint }: BuiltDocument,
  markup: string,
  firstRender: FirstRender,
): string {
  const data = JSON.stringify(firstRender).replace(/</g, '\\u003c');
  const preloads = [...template.matchAll(MODULE_PRELOAD)].map(([, href]) => href);
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${firstRender.language}"`)
    .replace(MODULE_PRELOAD, '')
    .replace(
      ENTRY_SCRIPT,
      (_, entry: string) =>
        `<script type="module" src="${startAfterPaint}" data-dashboard="${entry}" data-preload="${preloads.join(' ')}"></script>`,
    )
    .replace(
      '<body class="govuk-template__body">',
      `<body class="govuk-template__body ${STARTED_BODY_CLASSES.join(' ')}">`,
    )
    .replace(
      '<div id="root"></div>',
      `<div id="root">${markup}</div><script type="application/json" id="${FIRST_RENDER_ELEMENT_ID}">${data}</script>`,
    );
}
