import { checkFormToken, formTokenLifetimeMs, issueFormToken } from '@/lib/consultation/form-token';

const secret = 'a-form-secret-for-tests-only-0123456789';

describe('form tokens', () => {
  it('accepts a token this site issued, within its lifetime', () => {
    const token = issueFormToken(secret, 1_000_000);
    expect(checkFormToken(secret, token, 1_000_000 + 60_000)).toBe('valid');
    expect(checkFormToken(secret, token, 1_000_000 + formTokenLifetimeMs + 1)).toBe('expired');
  });

  it('refuses a token signed with another secret, altered, or not a token at all', () => {
    const token = issueFormToken(secret, 1_000_000);
    expect(checkFormToken('another-secret-entirely-0123456789', token, 1_000_000)).toBe('invalid');
    expect(checkFormToken(secret, token.replace(/^1/, '2'), 1_000_000)).toBe('invalid');
    for (const bad of [undefined, '', 'abc', `${token}.x`, 42]) expect(checkFormToken(secret, bad, 1_000_000)).toBe('invalid');
  });
});
