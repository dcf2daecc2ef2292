/**
 * Run in the page (Playwright's `waitForFunction`, so it must stay self-contained): whether the
 * dashboard has taken over the page the server drew (ADR 20), which apps/dashboard's
 * `DashboardRoot` marks with `data-interactive` on the document, or the page was not drawn on the
 * server (no `#first-render`). Before that, clicks and typing reach plain HTML and a link is
 * followed as a new document.
 */
export function dashboardTakenOver(): boolean {
  return (
    !document.getElementById('first-render') ||
    document.documentElement.dataset['interactive'] === 'true'
  );
}
