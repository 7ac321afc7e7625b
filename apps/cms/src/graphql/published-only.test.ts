import { buildSchema, getOperationAST, parse } from 'graphql';
import { unpublishedArguments, unpublishedRequest } from './published-only';

const schema = buildSchema(`
  enum PublicationStatus { DRAFT PUBLISHED }
  enum PublicationFilter { NEVER_PUBLISHED MODIFIED }
  input ArticleFilters { slug: String, localizations: ArticleFilters, and: [ArticleFilters] }
  type Resource { name: String }
  type Article { slug: String, localizations(status: PublicationStatus): [Article] }
  type SiteSetting { featuredHotlines(status: PublicationStatus): [Resource] }
  type Query {
    articles(status: PublicationStatus, publicationFilter: PublicationFilter, hasPublishedVersion: Boolean, filters: ArticleFilters): [Article]
    siteSetting(status: PublicationStatus): SiteSetting
  }
`);

function reason(query: string, variables: Record<string, unknown> = {}): string | null {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return unpublishedRequest(schema, document, operation, variables);
}

describe('unpublishedRequest', () => {
  it('finds a DRAFT status on a root field or on a relation', () => {
    expect(reason('{ articles(status: DRAFT) { slug } }')).toMatch(/status/);
    expect(reason('{ siteSetting { featuredHotlines(status: DRAFT) { name } } }')).toMatch(/status/);
  });

  it('finds a DRAFT status passed through a variable', () => {
    const query = 'query ($s: PublicationStatus) { articles(status: $s) { slug } }';
    expect(reason(query, { s: 'DRAFT' })).toMatch(/status/);
    expect(reason(query, { s: 'PUBLISHED' })).toBeNull();
    expect(reason(query)).toBeNull();
  });

  it('finds a DRAFT status that comes from a variable default', () => {
    expect(reason('query ($s: PublicationStatus = DRAFT) { siteSetting(status: $s) { featuredHotlines { name } } }')).toMatch(/status/);
    expect(reason('query ($s: PublicationStatus = DRAFT) { articles { localizations(status: $s) { slug } } }')).toMatch(/status/);
  });

  it('refuses publication filters, whatever their value', () => {
    expect(reason('{ articles(publicationFilter: MODIFIED) { slug } }')).toMatch(/publicationFilter/);
    expect(reason('query ($h: Boolean = false) { articles(hasPublishedVersion: $h) { slug } }')).toMatch(/hasPublishedVersion/);
  });

  it('refuses filters through localizations, written out or in a variable', () => {
    expect(reason('{ articles(filters: { localizations: { slug: "x" } }) { slug } }')).toMatch(/localizations/);
    const query = 'query ($f: ArticleFilters) { articles(filters: $f) { slug } }';
    expect(reason(query, { f: { and: [{ localizations: { slug: 'x' } }] } })).toMatch(/localizations/);
    expect(reason(query, { f: { slug: 'x' } })).toBeNull();
  });

  it('lets queries without a status, or asking for PUBLISHED, through', () => {
    expect(reason('{ articles { slug } }')).toBeNull();
    expect(reason('{ articles(status: PUBLISHED) { slug } }')).toBeNull();
  });
});

describe('unpublishedArguments', () => {
  it("reads Strapi's coerced status values", () => {
    expect(unpublishedArguments({ status: 'draft' })).toMatch(/status/);
    expect(unpublishedArguments({ status: 'published' })).toBeNull();
  });
});
