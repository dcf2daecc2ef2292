import { bilingualEmail } from './bilingual-email';

describe('bilingual e-mail', () => {
  const notice = {
    subject: { en: 'Update reminder', cy: 'Nodyn atgoffa' },
    body: { en: 'Two updates are due.', cy: 'Mae dau ddiweddariad yn ddyledus.' },
    link: '/my-actions',
  };

  it('puts Welsh first, then English, each with a full link to the dashboard', () => {
    const { subject, text } = bilingualEmail(notice, 'https://cynnydd.example.wales/');
    expect(subject).toBe('Nodyn atgoffa | Update reminder');
    const welsh = text.indexOf('Mae dau ddiweddariad');
    const english = text.indexOf('Two updates are due.');
    expect(welsh).toBeGreaterThanOrEqual(0);
    expect(english).toBeGreaterThan(welsh);
    expect(text).toContain('Agor Cynnydd: https://cynnydd.example.wales/my-actions');
    expect(text).toContain('Open Cynnydd: https://cynnydd.example.wales/my-actions');
  });

  it('leaves out a language that is missing rather than sending an empty half', () => {
    const { subject, text } = bilingualEmail(
      { ...notice, subject: { en: 'Update reminder', cy: null }, body: { en: 'Due.', cy: null } },
      'https://cynnydd.example.wales',
    );
    expect(subject).toBe('Update reminder');
    expect(text).toBe('Due.\n\nOpen Cynnydd: https://cynnydd.example.wales/my-actions');
  });
});
