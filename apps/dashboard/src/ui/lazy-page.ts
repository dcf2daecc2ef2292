import { isValidElement, lazy, type ComponentType, type ReactNode } from 'react';

type PageModule = { default: ComponentType };

/** A page loaded with its own chunk (React.lazy) that can also be asked to start loading early. */
export type LazyPage = ReturnType<typeof lazy<ComponentType>> & { preload: () => void };

export function lazyPage(load: () => Promise<PageModule>): LazyPage {
  // The browser keeps one module per address: loading it early and React.lazy's own call share
  // the download.
  return Object.assign(lazy(load), { preload: () => void load() });
}

/** The `preload` of a route's element when it is a lazy page; undefined for anything else. */
export function preloadOf(element: ReactNode): (() => void) | undefined {
  if (!isValidElement(element)) return undefined;
  const type = element.type as Partial<LazyPage>;
  return typeof type.preload === 'function' ? type.preload : undefined;
}
