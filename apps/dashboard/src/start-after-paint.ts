/**
 * The one script a page drawn on the server (ADR 20) names: starts the dashboard once the browser
 * has painted that page, so the dashboard's download and start-up come after the first paint, not
 * before it. The server moved the dashboard's entry and the modules it preloads into this
 * script's data attributes (`server/page-document.ts`).
 */
const script = document.querySelector<HTMLScriptElement>('script[data-dashboard]');
const dashboard = script?.dataset['dashboard'];

function start() {
  for (const href of script?.dataset['preload']?.split(' ').filter(Boolean) ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  if (dashboard) void import(/* @vite-ignore */ dashboard);
}

// The frame after this one has been painted.
requestAnimationFrame(() => setTimeout(start));
