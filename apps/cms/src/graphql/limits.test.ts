import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import trustedDocuments from '@haven/content/trusted-documents.json';
import { buildSchema, parse } from 'graphql';
import { armorProtections, executionTimeout, graphqlLimits, operationCost } from './limits';

// The schema the CMS serves, as committed for the site's generated types.
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../../../packages/content/schema.graphql'), 'utf8'));
const cost = (query: string, variables: Record<string, unknown> = {}) => operationCost(schema, parse(query), variables);

describe('operation cost', () => {
  it.each(Object.entries(trustedDocuments))('keeps the trusted document %s within the limit', (_name, { document }) => {
    // The largest page any of them asks for.
    const variables = {
      locale: 'en',
      limit: 100,
      documentId: 'd',
      slug: 's',
      topic: 't',
      query: 'q',
      contentType: 'article',
      oldSlug: 'o',
      page: 1,
      pageSize: 100,
      documentIds: Array.from({ length: 100 }, (_, index) => `d${index}`),
    };
    expect(cost(document, variables)).toBeLessThanOrEqual(graphqlLimits.maxCost);
  });

  it('weighs localizations by the number of locales, nested or through fragments', () => {
    const nested = `{ articles { ${'localizations { '.repeat(9)} slug ${'} '.repeat(9)} } }`;
    expect(cost(nested)).toBeGreaterThan(8 ** 9);
    const viaFragments = `{ articles { ...A } } fragment A on Article { localizations { ...B } } fragment B on Article { localizations { ...C } }
      fragment C on Article { localizations { localizations { localizations { slug } } } }`;
    expect(cost(viaFragments)).toBeGreaterThan(graphqlLimits.maxCost);
  });

  it('multiplies by the page size asked for, in the query or in a variable', () => {
    expect(cost('{ faqs(pagination: { limit: 10 }) { question } }')).toBe(10);
    expect(cost('query ($n: Int) { faqs(pagination: { limit: $n }) { question } }', { n: 40 })).toBe(40);
    expect(cost('{ faqs { question } }')).toBe(graphqlLimits.defaultListSize);
    expect(cost('{ faqs(pagination: { limit: 100000 }) { question } }')).toBe(graphqlLimits.maxListSize);
  });

  it('adds up aliases', () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: articles(pagination: { limit: 100 }) { title }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(30000);
  });
});

describe('protections', () => {
  const testSchema = `type Item { name: String, next: Item } type Query { items: [Item] }`;

  async function run(query: string, plugins: unknown[], validationRules: unknown[] = []) {
    const server = new ApolloServer({
      typeDefs: testSchema,
      resolvers: {
        Query: { items: () => [{ name: 'a' }] },
        // Each level answers after 20 ms, so a deep query takes a while.
        Item: { next: async () => new Promise((resolve) => setTimeout(() => resolve({ name: 'b' }), 20)) },
      },
      plugins: plugins as never,
      validationRules: validationRules as never,
    });
    await server.start();
    try {
      const response = await server.executeOperation({ query });
      return response.body.kind === 'single' ? { http: response.http.status, ...response.body.singleResult } : null;
    } finally {
      await server.stop();
    }
  }

  it('hides "Did you mean" suggestions in production', async () => {
    const production = armorProtections({ production: true });
    const hidden = await run('{ itemz { name } }', production.plugins, production.validationRules);
    expect(hidden?.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const development = armorProtections({ production: false });
    const shown = await run('{ itemz { name } }', development.plugins, development.validationRules);
    expect(shown?.errors?.[0]?.message).toMatch(/Did you mean "items"/);
  });

  it('refuses more aliases or directives than allowed', async () => {
    const { plugins, validationRules } = armorProtections({ production: true });
    const aliases = Array.from({ length: graphqlLimits.maxAliases + 1 }, (_, i) => `a${i}: items { name }`).join(' ');
    expect((await run(`{ ${aliases} }`, plugins, validationRules))?.errors?.[0]?.message).toMatch(/Aliases limit/);
    const directives = '@include(if: true) '.repeat(graphqlLimits.maxDirectives + 1);
    expect((await run(`{ items { name ${directives} } }`, plugins, validationRules))?.errors?.[0]?.message).toMatch(/Directives limit/);
  });

  it('stops an operation that runs past the execution timeout', async () => {
    const deep = `{ items { ${'next { '.repeat(8)} name ${'} '.repeat(8)} } }`;
    const result = await run(deep, [executionTimeout(50)]);
    expect(result?.errors?.map((error) => error.extensions?.code)).toEqual(['TIMEOUT']);
    expect(JSON.stringify(result?.data)).not.toContain('"name":"b"');
    const untimed = await run(deep, []);
    expect(JSON.stringify(untimed?.data)).toContain('"name":"b"');
  });
});
