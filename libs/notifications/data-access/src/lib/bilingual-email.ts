import type { BilingualText } from '@cynnydd/shared/domain';

const DIVIDER = '----------------------------------------';

/**
 * One e-mail in both languages, Welsh first as in the two bodies' bilingual correspondence
 * (Welsh Language Standards). Plain text: nothing in it can run as markup.
 */
export function bilingualEmail(
  notice: { subject: BilingualText; body: BilingualText; link: string },
  publicUrl: string,
): { subject: string; text: string } {
  const link = new URL(notice.link, publicUrl).toString();
  const part = (body: string | null, open: string) => (body ? [body, `${open}: ${link}`] : []);
  return {
    subject: [notice.subject.cy, notice.subject.en].filter(Boolean).join(' | '),
    text: [
      ...part(notice.body.cy, 'Agor Cynnydd'),
      ...(notice.body.cy && notice.body.en ? [DIVIDER] : []),
      ...part(notice.body.en, 'Open Cynnydd'),
    ].join('\n\n'),
  };
}
