import { contentEtag } from './content-etag';

describe('contentEtag', () => {
  it('is the same for the same bytes, however they are given, and quoted as HTTP wants', () => {
    expect(contentEtag('<svg/>')).toBe(contentEtag(Buffer.from('<svg/>', 'utf8')));
    expect(contentEtag('<svg/>')).toMatch(/^"[\w-]{27}"$/);
  });

  it('differs when a byte differs', () => {
    expect(contentEtag('<svg a="1"/>')).not.toBe(contentEtag('<svg a="2"/>'));
  });
});
