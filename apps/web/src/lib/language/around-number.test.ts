import { localeCodes } from '@haven/i18n';
import { splitAroundNumber } from '@/lib/language/around-number';

describe('splitAroundNumber', () => {
  it('splits a label where the number goes', () => {
    expect(splitAroundNumber((phone) => `Call ${phone}`)).toEqual(['Call ', '']);
    expect(splitAroundNumber((phone) => `${phone}번으로 전화`)).toEqual(['', '번으로 전화']);
  });

  it('refuses a label without the number, or with it twice', () => {
    expect(() => splitAroundNumber(() => 'Call us')).toThrow(/exactly once/);
    expect(() => splitAroundNumber((phone) => `${phone} or ${phone}`)).toThrow(/exactly once/);
  });

  // The error page splits these labels on the server; each must hold the number once, as plain text around it.
  it.each(localeCodes)('finds the number exactly once in the %s call and text labels', async (locale) => {
    const { HotlineBar } = (await import(`../../../messages/${locale}.json`)).default as { HotlineBar: Record<string, string> };
    for (const key of ['call', 'text']) {
      expect(HotlineBar[key]).toMatch(/^[^{}<>]*<number>\{phone\}<\/number>[^{}<>]*$/);
    }
  });
});
