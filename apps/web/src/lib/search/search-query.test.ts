import { maxQueryLength, parseSearchQuery } from '@/lib/search/search-query';

describe('parseSearchQuery', () => {
  it('trims and collapses whitespace, a line break included', () => {
    expect(parseSearchQuery('  civil \n  lawsuit ')).toEqual({ kind: 'ok', query: 'civil lawsuit', controlsRemoved: false });
    expect(parseSearchQuery('civil\nlawsuit')).toMatchObject({ query: 'civil lawsuit' });
  });

  it('is empty for a missing or blank query', () => {
    expect(parseSearchQuery(undefined)).toEqual({ kind: 'empty' });
    expect(parseSearchQuery('   ')).toEqual({ kind: 'empty' });
  });

  it('accepts exactly 200 characters, counting characters rather than UTF-16 units', () => {
    expect(parseSearchQuery('a'.repeat(maxQueryLength))).toMatchObject({ kind: 'ok' });
    expect(parseSearchQuery(`${'😀'.repeat(maxQueryLength - 1)}a`)).toMatchObject({ kind: 'ok' });
  });

  it('refuses more than 200 characters', () => {
    expect(parseSearchQuery('a'.repeat(maxQueryLength + 1))).toEqual({ kind: 'too-long', maxLength: 200 });
  });

  it('uses the first of repeated parameters', () => {
    expect(parseSearchQuery(['visa', 'court'])).toMatchObject({ kind: 'ok', query: 'visa' });
  });

  it('takes control characters out and says so', () => {
    expect(parseSearchQuery('vi\u0000sa\u001b')).toEqual({ kind: 'ok', query: 'visa', controlsRemoved: true });
    // Invisible formatting (a right-to-left mark copied with Persian text) is dropped without a word.
    expect(parseSearchQuery('\u200fویزا')).toEqual({ kind: 'ok', query: 'ویزا', controlsRemoved: false });
  });

  it('refuses a query of punctuation, symbols or emoji only', () => {
    for (const query of ['?!', '…', '&&& ***', '😀 👍', '«»']) expect(parseSearchQuery(query)).toEqual({ kind: 'no-words' });
    expect(parseSearchQuery('911?')).toMatchObject({ kind: 'ok' });
  });

  it('refuses a word that mixes alphabets, but not words of different scripts side by side', () => {
    // "visa" with a Cyrillic а, and a Latin word run into a Persian one.
    expect(parseSearchQuery('visа')).toEqual({ kind: 'mixed-alphabets' });
    expect(parseSearchQuery('visaویزا')).toEqual({ kind: 'mixed-alphabets' });
    expect(parseSearchQuery('visa ویزا')).toMatchObject({ kind: 'ok' });
    expect(parseSearchQuery('U签证')).toMatchObject({ kind: 'ok' });
    expect(parseSearchQuery('T비자')).toMatchObject({ kind: 'ok' });
  });
});
