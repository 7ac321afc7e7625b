import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloClient, InMemoryCache } from '@apollo/client';
import { ContentError } from './api';
import { createCmsLink } from './client';
import { createContentApi } from './content-api';
import trustedDocuments from './generated/trusted-documents.json';

/** A loopback HTTP server standing in for the CMS, answering each request with `respond`. */
let respond: (body: string, reply: (status: number, payload: unknown) => void) => void;
/** The Authorization header of the last request the stand-in CMS received. */
let lastAuthorization: string | undefined;
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    lastAuthorization = request.headers.authorization;
    request.on('end', () =>
      respond(body, (status, payload) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(payload));
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const api = (timeoutMs = 2000) =>
  createContentApi({ getClient: () => new ApolloClient({ cache: new InMemoryCache(), link: createCmsLink({ url, timeoutMs }) }) });

const faq = {
  documentId: 'f1',
  locale: 'es',
  question: '¿Necesito un informe policial?',
  answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'No siempre.' }] }],
  order: 1,
  translationStatus: 'draft_translation',
  outdatedSince: '2026-11-20T09:30:00.000Z',
  topic: { documentId: 't1', name: 'Compensación', slug: 'compensacion' },
};

describe('getters', () => {
  it('send the hash of their trusted document instead of the query text', async () => {
    let sent: { query?: string; operationName?: string; extensions?: { persistedQuery?: unknown } } = {};
    respond = (body, reply) => {
      sent = JSON.parse(body);
      reply(200, { data: { faqs: [] } });
    };
    await api().getFaqs({ locale: 'en' });
    expect(sent.query).toBeUndefined();
    expect(sent.operationName).toBe('Faqs');
    expect(sent.extensions?.persistedQuery).toEqual({ version: 1, sha256Hash: trustedDocuments.Faqs.sha256 });
  });

  it('map a successful answer to domain types and send the locale', async () => {
    let sent: { variables?: { locale?: string } } = {};
    respond = (body, reply) => {
      sent = JSON.parse(body);
      reply(200, { data: { faqs: [faq] } });
    };
    const faqs = await api().getFaqs({ locale: 'es' });
    expect(sent.variables?.locale).toBe('es');
    expect(faqs).toEqual([
      {
        documentId: 'f1',
        locale: 'es',
        question: '¿Necesito un informe policial?',
        answer: faq.answer,
        order: 1,
        translationStatus: 'draft_translation',
        outdatedSince: '2026-11-20T09:30:00.000Z',
        topic: { documentId: 't1', name: 'Compensación', slug: 'compensacion' },
      },
    ]);
  });

  it('return null, not an error, for a slug that does not exist', async () => {
    respond = (_body, reply) => reply(200, { data: { articles: [] } });
    await expect(api().getArticle({ locale: 'vi', slug: 'nothing-here' })).resolves.toBeNull();
  });

  it('throw a ContentError on an HTTP error instead of returning an empty list', async () => {
    respond = (_body, reply) => reply(502, { error: 'bad gateway' });
    await expect(api().getFaqs({ locale: 'en' })).rejects.toThrow(ContentError);
  });

  it('throw a ContentError on a GraphQL error even when partial data came back', async () => {
    respond = (_body, reply) => reply(200, { data: { faqs: [] }, errors: [{ message: 'Forbidden access' }] });
    await expect(api().getFaqs({ locale: 'en' })).rejects.toThrow(/Faqs failed: .*Forbidden access/);
  });

  it('throw a ContentError when the CMS does not answer within the timeout', async () => {
    respond = () => undefined; // never answers
    const started = Date.now();
    await expect(api(300).getFaqs({ locale: 'en' })).rejects.toThrow(/Faqs failed: timed out/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('throw a ContentError when the CMS cannot be reached', async () => {
    const offline = createContentApi({
      getClient: () =>
        new ApolloClient({ cache: new InMemoryCache(), link: createCmsLink({ url: 'http://127.0.0.1:9/graphql', timeoutMs: 1000 }) }),
    });
    await expect(offline.getTopics({ locale: 'en' })).rejects.toThrow(ContentError);
  });

  it('skip the CMS for an empty search', async () => {
    respond = () => {
      throw new Error('must not be called');
    };
    await expect(api().search({ locale: 'en', query: '   ' })).resolves.toEqual({ query: '', hits: [], partial: false });
  });
});

describe('draft mode', () => {
  const withPreviewToken = () =>
    createContentApi({
      previewToken: 'preview-token-for-tests',
      getClient: () => new ApolloClient({ cache: new InMemoryCache(), link: createCmsLink({ url, timeoutMs: 2000 }) }),
    });

  it('asks for drafts with the preview token, and for published documents without it', async () => {
    let sent: { variables?: { status?: string } } = {};
    respond = (body, reply) => {
      sent = JSON.parse(body);
      reply(200, { data: { article: null } });
    };
    await withPreviewToken().getArticleById({ locale: 'es', documentId: 'a1', mode: 'draft' });
    expect([sent.variables?.status, lastAuthorization]).toEqual(['DRAFT', 'Bearer preview-token-for-tests']);
    await withPreviewToken().getArticleById({ locale: 'es', documentId: 'a1' });
    expect([sent.variables?.status, lastAuthorization]).toEqual(['PUBLISHED', undefined]);
  });

  it('refuses a draft read when the site has no preview token', async () => {
    await expect(api().getResourceById({ locale: 'es', documentId: 'a1', mode: 'draft' })).rejects.toThrow(ContentError);
    expect(api().canReadDrafts).toBe(false);
  });
});
