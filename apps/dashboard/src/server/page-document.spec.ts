import { readFirstRender, type FirstRender } from '../first-render';
import { pageDocument } from './page-document';

/** index.html as Vite builds it, in short. */
const TEMPLATE = `<!doctype html>
<html lang="en" class="govuk-template">
  <head>
    <script type="module" crossorigin src="/assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-B2.js">
    <link rel="modulepreload" crossorigin href="/assets/apollo-C3.js">
    <link rel="stylesheet" crossorigin href="/assets/index-D4.css">
  </head>
  <body class="govuk-template__body">
    <div id="root"></div>
  </body>
</html>`;

const built = { template: TEMPLATE, startAfterPaint: '/assets/start-after-paint-E5.js' };

function parsed(firstRender: FirstRender, markup = '<main><h1>Ardal 3</h1></main>'): Document {
  return new DOMParser().parseFromString(pageDocument(built, markup, firstRender), 'text/html');
}

describe('a page drawn on the server', () => {
  it('carries the markup, its language and the first render’s data', () => {
    const firstRender: FirstRender = {
      language: 'cy',
      cache: { 'Action:1': { __typename: 'Action', id: '1', reference: 'A-1' } },
    };
    const page = parsed(firstRender);
    expect(page.documentElement.lang).toBe('cy');
    expect(page.querySelector('#root h1')?.textContent).toBe('Ardal 3');
    expect(readFirstRender(page)).toEqual(firstRender);
    expect(page.body.classList).toContain('js-enabled');
  });

  it('keeps text in the data from ending its element, whatever the text', () => {
    const hostile = '</script><script>alert(1)</script><!--';
    const page = parsed({
      language: 'en',
      cache: { 'Action:1': { __typename: 'Action', id: '1', title: hostile } },
    });
    expect(page.querySelectorAll('script:not([type="application/json"])')).toHaveLength(1);
    expect(readFirstRender(page)?.cache['Action:1']?.['title']).toBe(hostile);
  });

  it('starts the dashboard after the first paint, with the modules it preloads', () => {
    const page = parsed({ language: 'en', cache: {} });
    const scripts = page.querySelectorAll('script:not([type="application/json"])');
    expect(scripts).toHaveLength(1);
    const start = scripts[0] as HTMLScriptElement;
    expect(start.getAttribute('src')).toBe('/assets/start-after-paint-E5.js');
    expect(start.dataset['dashboard']).toBe('/assets/index-A1.js');
    expect(start.dataset['preload']).toBe('/assets/react-B2.js /assets/apollo-C3.js');
    expect(page.querySelector('link[rel="modulepreload"]')).toBeNull();
    expect(page.querySelector('link[rel="stylesheet"]')?.getAttribute('href')).toBe(
      '/assets/index-D4.css',
    );
  });
});
