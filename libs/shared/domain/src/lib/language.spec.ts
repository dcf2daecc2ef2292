import { localise } from './language';

describe('localise', () => {
  it('returns the requested language when present', () => {
    expect(localise({ en: 'Red', cy: 'Coch' }, 'cy')).toEqual({
      text: 'Coch',
      language: 'cy',
      isFallback: false,
    });
  });

  it('falls back visibly to the other language when a translation is missing or blank', () => {
    expect(localise({ en: 'Green', cy: '  ' }, 'cy')).toEqual({
      text: 'Green',
      language: 'en',
      isFallback: true,
    });
    expect(localise({ en: null, cy: 'Gwyrdd' }, 'en')?.isFallback).toBe(true);
  });

  it('returns null when neither language has text', () => {
    expect(localise({ en: null, cy: '' }, 'en')).toBeNull();
  });
});
