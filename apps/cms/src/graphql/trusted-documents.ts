import { createHash } from 'node:crypto';
import trustedDocuments from '@haven/content/trusted-documents.json';

/** The site's operations by the sha256 of their text: the only ones visitors may run. */
const documentsById = new Map(Object.values(trustedDocuments).map(({ sha256, document }) => [sha256, document]));

export interface GraphqlRequestBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } & Record<string, unknown>;
}

/**
 * The trusted document a request names: by hash (Apollo's persisted-query extension, which the site
 * sends) or by its exact text (which partners may send). Undefined when it names none.
 */
export function trustedDocumentFor(body: GraphqlRequestBody): string | undefined {
  const hash = body.extensions?.persistedQuery?.sha256Hash;
  if (typeof hash === 'string') {
    const document = documentsById.get(hash);
    // A hash and a text that disagree name nothing.
    return document !== undefined && (body.query === undefined || body.query === document) ? document : undefined;
  }
  if (typeof body.query !== 'string') return undefined;
  const document = documentsById.get(createHash('sha256').update(body.query).digest('hex'));
  return document === body.query ? document : undefined;
}

/** True when the request carries a persisted-query hash, known or not. */
export function namesAHash(body: GraphqlRequestBody): boolean {
  return body.extensions?.persistedQuery !== undefined;
}
