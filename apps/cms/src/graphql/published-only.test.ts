import { parse } from 'graphql';
import { asksForUnpublished } from './published-only';

describe('asksForUnpublished', () => {
  it('finds a DRAFT status on a root field or on a relation', () => {
    expect(asksForUnpublished(parse('{ articles(status: DRAFT) { title } }'), {})).toBe(true);
    expect(asksForUnpublished(parse('{ siteSetting { featuredHotlines(status: DRAFT) { name } } }'), {})).toBe(true);
  });

  it('finds a DRAFT status passed through a variable', () => {
    const query = parse('query ($s: PublicationStatus) { articles(status: $s) { title } }');
    expect(asksForUnpublished(query, { s: 'DRAFT' })).toBe(true);
    expect(asksForUnpublished(query, { s: 'PUBLISHED' })).toBe(false);
    expect(asksForUnpublished(query, {})).toBe(false);
  });

  it('lets queries without a status, or asking for PUBLISHED, through', () => {
    expect(asksForUnpublished(parse('{ articles { title } }'), {})).toBe(false);
    expect(asksForUnpublished(parse('{ articles(status: PUBLISHED) { title } }'), {})).toBe(false);
  });
});
