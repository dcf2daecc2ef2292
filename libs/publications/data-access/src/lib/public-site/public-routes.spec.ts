import { otherLanguage, parsePublicPath, publicPath, type PublicRoute } from './public-routes';

const ID = '0b7c6a52-7e0e-4f3c-9a3b-2f1d8c2e4a10';

describe('public addresses', () => {
  const routes: [PublicRoute, string][] = [
    [{ language: 'en', scope: 'current', page: { kind: 'overview' } }, '/en/progress'],
    [{ language: 'cy', scope: 'current', page: { kind: 'overview' } }, '/cy/cynnydd'],
    [
      { language: 'cy', scope: 3, page: { kind: 'area', number: 2 } },
      '/cy/cynnydd/cyhoeddiadau/3/meysydd/2',
    ],
    [
      { language: 'en', scope: 3, page: { kind: 'action', id: ID } },
      `/en/progress/publications/3/actions/${ID}`,
    ],
    [{ language: 'cy', scope: 'current', page: { kind: 'measures' } }, '/cy/cynnydd/mesurau'],
    [
      { language: 'en', scope: 2, page: { kind: 'measures', page: 3 } },
      '/en/progress/publications/2/measures/3',
    ],
    [{ language: 'en', scope: 'current', page: { kind: 'archive' } }, '/en/progress/publications'],
    [{ language: 'cy', scope: 'current', page: { kind: 'feed' } }, '/cy/cynnydd/ffrwd.atom'],
    [
      { language: 'cy', scope: 'current', page: { kind: 'embed', number: 4 } },
      '/cy/cynnydd/mewnosod/meysydd/4',
    ],
  ];

  it.each(routes)('names %j as %s and reads it back', (route, path) => {
    expect(publicPath(route)).toBe(path);
    expect(parsePublicPath(path)).toEqual(route);
  });

  it('puts a preview under its own prefix', () => {
    const route: PublicRoute = {
      language: 'en',
      scope: 'current',
      page: { kind: 'area', number: 1 },
    };
    const base = `/publications/${ID}/preview`;
    expect(publicPath(route, base)).toBe(`${base}/en/progress/areas/1`);
    expect(parsePublicPath(`${base}/en/progress/areas/1`, base)).toEqual(route);
  });

  it('keeps the page when switching language', () => {
    const route: PublicRoute = { language: 'en', scope: 2, page: { kind: 'measures' } };
    expect(publicPath(otherLanguage(route))).toBe('/cy/cynnydd/cyhoeddiadau/2/mesurau');
  });

  it.each([
    '/en/cynnydd',
    '/cy/progress',
    '/fr/progress',
    '/en/progress/areas/8',
    '/en/progress/areas/x',
    '/en/progress/actions/not-an-id',
    '/en/progress/publications/0',
    '/en/progress/publications/1/feed.atom',
    '/en/progress/measures/extra',
    '/en/progress/measures/1',
    '/en/progress/measures/0',
  ])('names no page at %s', (path) => {
    expect(parsePublicPath(path)).toBeNull();
  });
});
