import { createElement, isValidElement, lazy, type ComponentType, type ReactNode } from 'react';

type PageModule = { default: ComponentType };

/**
 * A page loaded with its own chunk that can also be asked to start loading early; `preload`
 * settles when the code has arrived (or failed to: the page then shows the error).
 */
export type LazyPage = ComponentType & { preload: () => Promise<void> };

export function lazyPage(load: () => Promise<PageModule>): LazyPage {
  let loaded: ComponentType | undefined;
  // The browser keeps one module per address: loading it early and rendering it share the
  // download.
  const loadPage = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(loadPage);
  // React.lazy suspends on its first render even when the module has arrived (its own promise
  // is yet to settle), and React then reveals the page no sooner than 300 ms after the fallback
  // was shown (Suspense throttling): a page whose code is here is drawn at once instead.
  const Page = () => createElement(loaded ?? Lazy);
  return Object.assign(Page, {
    preload: () =>
      loadPage().then(
        () => undefined,
        () => undefined,
      ),
  });
}

/** The `preload` of a route's element when it is a lazy page; undefined for anything else. */
export function preloadOf(element: ReactNode): (() => Promise<void>) | undefined {
  if (!isValidElement(element)) return undefined;
  const type = element.type as Partial<LazyPage>;
  return typeof type.preload === 'function' ? type.preload : undefined;
}
