import { LEGAL_TRANSLATIONS } from '../features/legal/i18n/translations';
import { MEETINGS_TRANSLATIONS } from '../features/meetings/i18n/translations';
import { PARTNERSHIP_TRANSLATIONS } from '../features/partnership/i18n/translations';
import { PUBLICATIONS_TRANSLATIONS } from '../features/publications/i18n/translations';
import { REPORTS_TRANSLATIONS } from '../features/reports/i18n/translations';
import cy from './cy.json';
import en from './en.json';
import { createI18n, loadMessages, switchLanguage } from './i18n';

type Messages = { [key: string]: string | Messages };

/** The messages by key path, e.g. { "signIn.title": "Sign in" }. */
function flatten(messages: Messages, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value]]
        : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

// The interface's own messages and those each feature carries with its pages.
const bundles = [
  { en, cy },
  MEETINGS_TRANSLATIONS,
  LEGAL_TRANSLATIONS,
  PARTNERSHIP_TRANSLATIONS,
  PUBLICATIONS_TRANSLATIONS,
  REPORTS_TRANSLATIONS,
] as {
  en: Messages;
  cy: Messages;
}[];
const english = Object.assign({}, ...bundles.map((bundle) => flatten(bundle.en)));
const welsh = Object.assign({}, ...bundles.map((bundle) => flatten(bundle.cy)));

describe('interface messages', () => {
  it('gives each key to one bundle only, so no feature hides another’s message', () => {
    const keys = bundles.flatMap((bundle) => Object.keys(flatten(bundle.en)));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('has every key in both English and Welsh', () => {
    expect(Object.keys(english).filter((key) => !(key in welsh))).toEqual([]);
    expect(Object.keys(welsh).filter((key) => !(key in english))).toEqual([]);
  });

  it('has no empty message in either language', () => {
    const blank = (messages: Record<string, string>) =>
      Object.keys(messages).filter((key) => messages[key].trim() === '');
    expect(blank(english)).toEqual([]);
    expect(blank(welsh)).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (messages: Record<string, string>) =>
      Object.fromEntries(
        Object.entries(messages).map(([key, text]) => [key, text.match(/{{\w+}}/g)?.sort() ?? []]),
      );
    expect(placeholders(welsh)).toEqual(placeholders(english));
  });
});

describe('the interface language', () => {
  it('loads the messages of one language at a time', async () => {
    expect(await loadMessages('cy')).toEqual(cy);
    expect(await loadMessages('en')).toEqual(en);
  });

  it('loads the messages of a language it switches to, under those a feature added', async () => {
    const instance = createI18n('en', { en });
    // A feature's pages add their messages in both languages (useFeatureTranslations).
    instance.addResourceBundle('cy', 'translation', MEETINGS_TRANSLATIONS.cy, true, false);
    expect(instance.hasResourceBundle('cy', 'translation')).toBe(true);

    await switchLanguage(instance, 'cy');

    expect(instance.language).toBe('cy');
    expect(instance.t('app.skipLink')).toBe(cy.app.skipLink);
    expect(instance.t('app.skipLink')).not.toBe(en.app.skipLink);
    const featureKey = Object.keys(flatten(MEETINGS_TRANSLATIONS.cy as Messages))[0];
    expect(instance.t(featureKey as never)).toBe(
      flatten(MEETINGS_TRANSLATIONS.cy as Messages)[featureKey],
    );
  });

  it('switches between the languages it was given', async () => {
    const instance = createI18n('cy', { en, cy });
    await switchLanguage(instance, 'en');
    expect(instance.t('app.skipLink')).toBe(en.app.skipLink);
  });
});
