import { assertAcceptablePassword, hashPassword, passwordMatches } from './passwords';

describe('passwords', () => {
  it('are stored as argon2id hashes that verify only the right password', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(await passwordMatches(stored, 'correct horse battery staple')).toBe(true);
    expect(await passwordMatches(stored, 'Correct horse battery staple')).toBe(false);
  });

  it('never match an account without a password or a damaged hash', async () => {
    expect(await passwordMatches(null, 'anything at all')).toBe(false);
    expect(await passwordMatches('not-a-hash', 'anything at all')).toBe(false);
  });

  it('are checked against the rules with the field named', () => {
    expect(() => assertAcceptablePassword('short', 'a@example.wales', 'newPassword')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'newPassword' }) }),
    );
    expect(() =>
      assertAcceptablePassword('a sensible passphrase', 'a@example.wales', 'newPassword'),
    ).not.toThrow();
  });
});
