import { budgetProblem, INITIAL_ROUTE, routeSizes, type Manifest } from './bundle-budget';

const MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    css: ['assets/index.css'],
    dynamicImports: [INITIAL_ROUTE, 'src/features/areas/pages/area-page.tsx'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_table.js': { file: 'assets/table.js', imports: ['_vendor.js'] },
  [INITIAL_ROUTE]: {
    file: 'assets/overview.js',
    src: INITIAL_ROUTE,
    isDynamicEntry: true,
    imports: ['_table.js', 'index.html'],
    dynamicImports: ['src/features/overview/components/rag-distribution-chart.tsx'],
  },
  'src/features/overview/components/rag-distribution-chart.tsx': {
    file: 'assets/chart.js',
    src: 'src/features/overview/components/rag-distribution-chart.tsx',
    isDynamicEntry: true,
  },
  'src/features/areas/pages/area-page.tsx': {
    file: 'assets/area.js',
    src: 'src/features/areas/pages/area-page.tsx',
    isDynamicEntry: true,
    imports: ['_table.js'],
  },
};

/** Every file weighs 10 KB except the vendor chunk (100 KB) and the lazy chart (500 KB). */
const sizeOf = (file: string) =>
  ({ 'assets/vendor.js': 100 * 1024, 'assets/chart.js': 500 * 1024 })[file] ?? 10 * 1024;

describe('route sizes from the Vite manifest', () => {
  const sizes = routeSizes(MANIFEST, sizeOf);
  const size = (route: string) => sizes.find((s) => s.route === route)?.gzipBytes;

  it('counts the entry, its CSS and static imports once for every route', () => {
    expect(size('(entry)')).toBe(120 * 1024);
    expect(size('src/features/areas/pages/area-page.tsx')).toBe(140 * 1024);
  });

  it('counts a page’s static imports but not what it loads lazily after rendering', () => {
    expect(size(INITIAL_ROUTE)).toBe(140 * 1024);
    expect(sizes.map((s) => s.route)).not.toContain(
      'src/features/overview/components/rag-distribution-chart.tsx',
    );
  });
});

describe('the messages the start loads in the reader’s language', () => {
  const withMessages: Manifest = {
    ...MANIFEST,
    _vendor: { file: 'assets/vendor.js', dynamicImports: ['_en.js', '_cy.js'] },
    '_en.js': { file: 'assets/en.js', name: 'en' },
    '_cy.js': { file: 'assets/cy.js', name: 'cy' },
  };
  withMessages['index.html'] = { ...MANIFEST['index.html'], imports: ['_vendor'] };
  const weights: Record<string, number> = { 'assets/en.js': 18 * 1024, 'assets/cy.js': 20 * 1024 };
  const sizes = routeSizes(withMessages, (file) => weights[file] ?? sizeOf(file));

  it('counts the heavier language’s messages, and only one language’s, for every route', () => {
    expect(sizes.find((s) => s.route === '(entry)')?.gzipBytes).toBe(140 * 1024);
    expect(sizes.find((s) => s.route === INITIAL_ROUTE)?.files).toContain('assets/cy.js');
    expect(sizes.find((s) => s.route === INITIAL_ROUTE)?.files).not.toContain('assets/en.js');
  });
});

describe('the initial-route budget', () => {
  const sizes = routeSizes(MANIFEST, sizeOf);

  it('passes a build at or under the budget', () => {
    expect(budgetProblem(sizes, 140 * 1024)).toBeNull();
  });

  it('fails a build over the budget, naming the route, its size and its files', () => {
    const problem = budgetProblem(sizes, 139 * 1024);
    expect(problem).toContain('140.0 KB gzipped, over its budget of 139.0 KB');
    expect(problem).toContain('assets/vendor.js');
  });

  it('fails a build where the initial route is missing, rather than passing it silently', () => {
    expect(budgetProblem(sizes, 1e9, 'src/features/nowhere/pages/nowhere-page.tsx')).toContain(
      'is not a lazy page of the build',
    );
  });
});
