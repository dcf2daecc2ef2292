import cy from './cy.json';
import en from './en.json';

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

const english = flatten(en);
const welsh = flatten(cy);

describe('interface messages', () => {
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
