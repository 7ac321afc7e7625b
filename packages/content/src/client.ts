import { type ApolloClient, ApolloLink, HttpLink, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { getOperationAST } from 'graphql';
import { ContentError } from './api';
import { trustedDocumentId } from './trusted-documents';

/** How each getter reaches the CMS; the site supplies one made with registerApolloClient. */
export type GetClient = () => ApolloClient;

/**
 * The HTTP link to the CMS's GraphQL endpoint. Operations travel as the hash of their trusted
 * document, never as text (the CMS runs nothing else for visitors). Every request is given up after
 * `timeoutMs`, so a hung CMS can never hang a page.
 */
export function createCmsLink(options: { url: string; timeoutMs: number }): ApolloLink {
  const fetchWithTimeout: typeof fetch = (input, init = {}) => {
    const timeout = AbortSignal.timeout(options.timeoutMs);
    return fetch(input, { ...init, signal: init.signal ? followBoth(init.signal, timeout) : timeout });
  };
  const sendAsTrustedDocument = new ApolloLink((operation, forward) => {
    operation.extensions = {
      ...operation.extensions,
      persistedQuery: { version: 1, sha256Hash: trustedDocumentId(operation.operationName) },
    };
    operation.setContext({ http: { includeQuery: false, includeExtensions: true } });
    return forward(operation);
  });
  const http = new HttpLink({ uri: options.url, fetch: fetchWithTimeout });
  return sendAsTrustedDocument.concat(http);
}

/**
 * A signal that aborts when either source does. Not AbortSignal.any: Node holds the sources of a
 * combined signal weakly, so a garbage collection during the request drops the timeout and the
 * request hangs. Here each source's listener holds the combined signal, and the timer holds its own.
 */
function followBoth(first: AbortSignal, second: AbortSignal): AbortSignal {
  const combined = new AbortController();
  for (const source of [first, second]) {
    if (source.aborted) combined.abort(source.reason);
    else source.addEventListener('abort', () => combined.abort(source.reason), { once: true });
  }
  return combined.signal;
}

export interface QueryOptions<TVariables> {
  variables: TVariables;
  /** Next.js cache tags for this read (see tags.ts). */
  tags: string[];
  /** 'no-store' for drafts and searches, which must never land in the shared cache. */
  cache?: 'force-cache' | 'no-store';
  /** A bearer token for this read only (the preview token, for drafts). */
  token?: string;
}

/**
 * Runs one query and returns its data. Throws a ContentError on an HTTP error, a timeout, a
 * network failure or any GraphQL error: a failed read never looks like an empty result.
 */
export async function runQuery<TData, TVariables extends OperationVariables>(
  getClient: GetClient,
  document: TypedDocumentNode<TData, TVariables>,
  { variables, tags, cache = 'force-cache', token }: QueryOptions<TVariables>,
): Promise<TData> {
  const name = operationName(document);
  let result;
  try {
    result = await getClient().query<TData, TVariables>({
      query: document,
      variables,
      fetchPolicy: 'no-cache',
      errorPolicy: 'all',
      context: {
        fetchOptions: cache === 'no-store' ? { cache } : { cache, next: { tags } },
        ...(token ? { headers: { authorization: `Bearer ${token}` } } : {}),
      },
    } as never);
  } catch (error) {
    throw new ContentError(`CMS query ${name} failed: ${describe(error)}`, { cause: error });
  }
  if (result.error) throw new ContentError(`CMS query ${name} failed: ${describe(result.error)}`, { cause: result.error });
  if (!result.data) throw new ContentError(`CMS query ${name} returned no data`);
  return result.data;
}

function operationName(document: TypedDocumentNode<unknown, never>): string {
  return getOperationAST(document)?.name?.value ?? 'anonymous';
}

function describe(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return /TimeoutError|aborted due to timeout/.test(text) ? 'timed out' : text;
}
