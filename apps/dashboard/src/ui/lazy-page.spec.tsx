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

  it('has nothing to preload for an element that is not a lazy page', () => {
    expect(preloadOf(<Page />)).toBeUndefined();
    expect(preloadOf(<p>text</p>)).toBeUndefined();
    expect(preloadOf(null)).toBeUndefined();
  });
});
