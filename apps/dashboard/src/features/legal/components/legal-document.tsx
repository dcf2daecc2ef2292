import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../ui/use-language';
import { usePageTitle } from '../../../ui/use-page-title';

export type LegalPage = 'accessibility' | 'privacy' | 'cookies';

/**
 * A page's text as the messages hold it (`legal.<page>`). Lists are objects keyed "1", "2", …
 * (shown in that order) rather than arrays: arrays of objects make i18next's typing of the
 * messages too deep for TypeScript.
 */
type Texts = Record<string, string>;

interface LegalSection {
  heading: string;
  paragraphs?: Texts;
  items?: Texts;
  after?: string;
  link?: { text: string; href: string };
}

interface LegalText {
  title: string;
  intro: Texts;
  introItems?: Texts;
  sections: Record<string, LegalSection>;
  prepared: string;
}

/** When the statements were written and last checked against the service. */
export const LEGAL_PREPARED = '2026-12-03';
export const LEGAL_REVIEWED = '2026-12-03';

function Paragraphs({ texts }: { texts?: Texts }) {
  return Object.values(texts ?? {}).map((text) => (
    <p key={text} className="govuk-body">
      {text}
    </p>
  ));
}

function BulletList({ items }: { items?: Texts }) {
  return items ? (
    <ul className="govuk-list govuk-list--bullet">
      {Object.values(items).map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  ) : null;
}

/**
 * A statement page (accessibility, privacy, cookies): its title, introduction and sections,
 * all from the messages so each reads in full in both languages; `children` go before the
 * sections (the cookies table).
 */
export function LegalDocument({ page, children }: { page: LegalPage; children?: ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text: LegalText = t(`legal.${page}`, {
    returnObjects: true,
    prepared: formatDate(LEGAL_PREPARED, language),
    reviewed: formatDate(LEGAL_REVIEWED, language),
  });
  usePageTitle(text.title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{text.title}</h1>
        <Paragraphs texts={text.intro} />
        <BulletList items={text.introItems} />
        {children}
        {Object.entries(text.sections).map(([id, section]) => (
          <section key={id}>
            <h2 className="govuk-heading-m">{section.heading}</h2>
            <Paragraphs texts={section.paragraphs} />
            <BulletList items={section.items} />
            {section.after && <p className="govuk-body">{section.after}</p>}
            {section.link && (
              <p className="govuk-body">
                <a href={section.link.href} className="govuk-link">
                  {section.link.text}
                </a>
              </p>
            )}
          </section>
        ))}
        <p className="govuk-body">{text.prepared}</p>
      </div>
    </div>
  );
}
