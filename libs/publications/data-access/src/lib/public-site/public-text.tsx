import {
  formatDate,
  localise,
  type BilingualText,
  type Label,
  type Language,
} from '@cynnydd/shared/domain';

import { publicPath, type PublicPage, type PublicRoute } from './public-routes';

/** What every part of a page needs to know: its language, where it is, and how to link. */
export interface PageContext {
  language: Language;
  route: PublicRoute;
  /** Prefix of every link: empty on the public site, the preview's address in a preview. */
  base: string;
}

export const label = (value: Label, { language }: PageContext) => value[language];

/** Text written by people as plain words in the page's language (the other if missing). */
export const plain = (value: BilingualText, { language }: PageContext) =>
  localise(value, language)?.text ?? '';

export const day = (isoDate: string, { language }: PageContext) => formatDate(isoDate, language);

/** A page of the same publication, in the page's language. */
export function linkTo(page: PublicPage, context: PageContext): string {
  return publicPath({ ...context.route, page }, context.base);
}

/**
 * Text written by people, in the page's language; a missing translation shows the other
 * language, marked with its `lang` so a screen reader pronounces it rightly.
 */
export function Text({ value, context }: { value: BilingualText | null; context: PageContext }) {
  const found = value ? localise(value, context.language) : null;
  if (!found) return null;
  return found.isFallback ? <span lang={found.language}>{found.text}</span> : <>{found.text}</>;
}

/** Paragraphs of text written by people (blank lines separate them). */
export function Paragraphs({
  value,
  context,
  empty,
}: {
  value: BilingualText;
  context: PageContext;
  empty?: Label;
}) {
  const found = localise(value, context.language);
  if (!found) return empty ? <p className="govuk-body">{label(empty, context)}</p> : null;
  const lang = found.isFallback ? found.language : undefined;
  return (
    <>
      {found.text.split(/\n\s*\n/).map((paragraph, index) => (
        <p className="govuk-body" lang={lang} key={index}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
