import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';

import { lazyPage, preloadOf } from './lazy-page';

function Page() {
  return <p>page</p>;
}

describe('lazyPage', () => {
  it('starts loading the page when its route element is asked to preload', () => {
    const load = jest.fn(async () => ({ default: Page }));
    const LazyPage = lazyPage(load);
    const preload = preloadOf(<LazyPage />);
    expect(load).not.toHaveBeenCalled();
    preload?.();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('settles once the code has arrived, or failed to', async () => {
    let arrive: (module: { default: typeof Page }) => void = () => undefined;
    const LazyPage = lazyPage(() => new Promise((resolve) => (arrive = resolve)));
    let settled = false;
    const preloading = preloadOf(<LazyPage />)?.().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    arrive({ default: Page });
    await preloading;
    expect(settled).toBe(true);

    const Broken = lazyPage(() => Promise.reject(new Error('offline')));
    await expect(preloadOf(<Broken />)?.()).resolves.toBeUndefined();
  });

  it('draws a page whose code has arrived at once, without suspending', async () => {
    const LazyPage = lazyPage(async () => ({ default: Page }));
    await preloadOf(<LazyPage />)?.();
    render(
      <Suspense fallback={<p>loading</p>}>
        <LazyPage />
      </Suspense>,
    );
    // React.lazy would show the fallback first, and the page only after Suspense's throttle.
    expect(screen.getByText('page')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });

  it('suspends for a page whose code is still on its way', async () => {
    const LazyPage = lazyPage(async () => ({ default: Page }));
    render(
      <Suspense fallback={<p>loading</p>}>
        <LazyPage />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(await screen.findByText('page')).toBeInTheDocument();
  });

  it('has nothing to preload for an element that is not a lazy page', () => {
    expect(preloadOf(<Page />)).toBeUndefined();
    expect(preloadOf(<p>text</p>)).toBeUndefined();
    expect(preloadOf(null)).toBeUndefined();
  });
});
