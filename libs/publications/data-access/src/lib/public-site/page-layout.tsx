import type { ReactNode } from 'react';

import { PUBLIC_LABELS as L } from './public-labels';
import { otherLanguage, publicPath } from './public-routes';
import { label, type PageContext } from './public-text';

export interface Crumb {
  text: string;
  href: string;
}

export interface LayoutProps {
  context: PageContext;
  title: string;
  /** Absolute origin for canonical and alternate links (e.g. https://cynnydd.example.wales). */
  origin: string;
  stylesheet: string | null;
  crumbs: Crumb[];
  preview: boolean;
  children: ReactNode;
}

/**
 * A public page in the GOV.UK style: HTML that works without JavaScript (none is sent), a skip
 * link, the service name, the language switch to the same page in the other language, and the
 * licence. Pages in both languages name each other with `hreflang`.
 */
export function PageLayout({
  context,
  title,
  origin,
  stylesheet,
  crumbs,
  preview,
  children,
}: LayoutProps) {
  const { language, route, base } = context;
  const other = otherLanguage(route);
  const here = publicPath(route);
  const there = publicPath(other, base);
  const feed = publicPath({ ...route, page: { kind: 'feed' } });
  return (
    <html lang={language} className="govuk-template">
      <head>
        <meta charSet="utf-8" />
        <title>{`${title} – ${label(L.siteName, context)}`}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />
        <meta name="description" content={label(L.strategy, context)} />
        {preview ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={`${origin}${here}`} />
        <link rel="alternate" hrefLang={language} href={`${origin}${here}`} />
        <link rel="alternate" hrefLang={other.language} href={`${origin}${publicPath(other)}`} />
        <link
          rel="alternate"
          type="application/atom+xml"
          title={label(L.feed, context)}
          href={`${origin}${feed}`}
        />
        {stylesheet ? <link rel="stylesheet" href={stylesheet} /> : null}
      </head>
      <body className="govuk-template__body">
        <a href="#main-content" className="govuk-skip-link">
          {label(L.skipToContent, context)}
        </a>
        <header className="govuk-header public-header">
          <div className="govuk-header__container govuk-width-container public-header__container">
            <a
              href={publicPath({ language, scope: 'current', page: { kind: 'overview' } }, base)}
              className="govuk-header__link govuk-header__service-name"
            >
              {label(L.siteName, context)}
            </a>
            <a
              href={there}
              hrefLang={other.language}
              lang={other.language}
              className="govuk-header__link public-header__language"
            >
              {/* The name starts with the words shown, so speech control finds it (WCAG 2.5.3). */}
              {label(L.switchLanguage, context)}
              <span className="govuk-visually-hidden">
                {' '}
                ({label(L.switchLanguageLabel, context)})
              </span>
            </a>
          </div>
        </header>
        <div className="govuk-width-container">
          {preview ? (
            <div className="govuk-warning-text public-preview">
              <strong className="govuk-warning-text__text">{label(L.preview, context)}</strong>
            </div>
          ) : null}
          {crumbs.length ? (
            <nav className="govuk-breadcrumbs" aria-label={label(L.breadcrumbs, context)}>
              <ol className="govuk-breadcrumbs__list">
                {crumbs.map((crumb) => (
                  <li className="govuk-breadcrumbs__list-item" key={crumb.href}>
                    <a className="govuk-breadcrumbs__link" href={crumb.href}>
                      {crumb.text}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          ) : null}
          <main className="govuk-main-wrapper" id="main-content">
            {children}
          </main>
        </div>
        <footer className="govuk-footer">
          <div className="govuk-width-container">
            <p className="govuk-footer__meta-custom">{label(L.publishers, context)}</p>
            <p className="govuk-footer__licence-description">
              <a className="govuk-footer__link" rel="license" href={label(L.licenceLink, context)}>
                {label(L.licence, context)}
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
