import { maxQueryLength, parseSearchQuery } from '@/lib/search/search-query';

describe('parseSearchQuery', () => {
  it('trims and collapses whitespace', () => {
    expect(parseSearchQuery('  civil \n  lawsuit ')).toEqual({ kind: 'ok', query: 'civil lawsuit' });
  });

  it('is empty for a missing or blank query', () => {
    expect(parseSearchQuery(undefined)).toEqual({ kind: 'empty' });
    expect(parseSearchQuery('   ')).toEqual({ kind: 'empty' });
  });

  it('accepts exactly 200 characters, counting characters rather than UTF-16 units', () => {
    expect(parseSearchQuery('a'.repeat(maxQueryLength))).toMatchObject({ kind: 'ok' });
    expect(parseSearchQuery('😀'.repeat(maxQueryLength))).toMatchObject({ kind: 'ok' });
  });

  it('refuses more than 200 characters', () => {
    expect(parseSearchQuery('a'.repeat(maxQueryLength + 1))).toEqual({ kind: 'too-long', maxLength: 200 });
  });

  it('uses the first of repeated parameters', () => {
    expect(parseSearchQuery(['visa', 'court'])).toEqual({ kind: 'ok', query: 'visa' });
  });
});
