/** How the public site is served: set once by the app from its configuration. */
export interface PublicSiteOptions {
  /** The address the public reaches Cynnydd at (PUBLIC_URL), for canonical links and open data. */
  origin: string;
  /** The public pages' hashed stylesheet, when the dashboard is built; null otherwise. */
  stylesheet: string | null;
  /** Websites allowed to show the embeddable area summary in a frame (PUBLIC_EMBED_ORIGINS). */
  embedOrigins: string[];
}

export const PUBLIC_SITE_OPTIONS = Symbol('PUBLIC_SITE_OPTIONS');
