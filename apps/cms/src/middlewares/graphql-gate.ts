import type { Core } from '@strapi/strapi';
import coBody from 'co-body';
import { parse } from 'graphql';
import type { Context } from 'koa';
import { hasFullAccessToken } from '../auth';
import { hasFragmentCycle } from '../graphql/fragment-cycles';
import { graphqlLimits } from '../graphql/limits';
import { namesAHash, trustedDocumentFor, type GraphqlRequestBody } from '../graphql/trusted-documents';

/**
 * The front door of /graphql, before Strapi parses or authenticates anything. Visitors and the site's
 * read token run only Haven's trusted documents, named by hash; anything else is refused in
 * microseconds. A full-access API token may send other operations, which then meet the limits of
 * graphql/limits.ts. Bodies are read here with a size limit, and a batch is refused.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const endpoint: string = strapi.plugin('graphql').config('endpoint');
  const landingPage = Boolean(strapi.plugin('graphql').config('landingPage'));

  return async (ctx: Context, next: () => Promise<void>) => {
    // Strapi's router matches the endpoint in any case and with a trailing slash; so does this door.
    if (ctx.path.toLowerCase().replace(/\/$/, '') !== endpoint || ctx.method === 'OPTIONS') return next();
    // The development landing page, as Strapi recognises it.
    if (ctx.method === 'GET' && landingPage && ctx.get('accept').includes('text/html')) return next();
    if (ctx.method !== 'POST') {
      ctx.set('Allow', 'POST');
      return refuse(ctx, 405, 'METHOD_NOT_ALLOWED', 'Send GraphQL operations as a POST with a JSON body.');
    }
    if (!ctx.is('application/json')) {
      return refuse(ctx, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL operations with Content-Type: application/json.');
    }

    let body: unknown;
    try {
      body = await coBody.json(ctx.req, { limit: graphqlLimits.maxBodyBytes, strict: true });
    } catch (error) {
      const tooLarge = (error as { status?: number }).status === 413;
      return tooLarge
        ? refuse(ctx, 413, 'PAYLOAD_TOO_LARGE', `The request body is over ${graphqlLimits.maxBodyBytes} bytes.`)
        : refuse(ctx, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return refuse(ctx, 400, 'BAD_REQUEST', 'Send one operation as a JSON object; batches are not accepted.');
    }

    // A POST's operation is all in its body. At exactly the endpoint's path, Strapi's body parser
    // leaves the stream read here alone.
    ctx.url = endpoint;
    const request = body as GraphqlRequestBody;
    const trusted = trustedDocumentFor(request);
    if (trusted !== undefined) {
      const { persistedQuery: _named, ...extensions } = request.extensions ?? {};
      ctx.request.body = { ...request, query: trusted, extensions };
      return next();
    }
    if (namesAHash(request)) {
      return refuse(ctx, 400, 'UNTRUSTED_OPERATION', 'This hash names none of Haven’s published operations.');
    }
    if (!(await hasFullAccessToken(strapi, ctx.get('authorization')))) {
      return refuse(ctx, 400, 'UNTRUSTED_OPERATION', 'Only Haven’s published operations run here; see the CMS README for the list.');
    }
    const problem = untrustedDocumentProblem(request.query);
    if (problem) return refuse(ctx, 400, 'GRAPHQL_VALIDATION_FAILED', problem);
    ctx.request.body = request;
    return next();
  };
};

/** What Strapi's pipeline cannot refuse cleanly in a staff member's own operation: size and fragment loops. */
function untrustedDocumentProblem(query: unknown): string | null {
  if (typeof query !== 'string') return 'The body has no query.';
  try {
    return hasFragmentCycle(parse(query, { maxTokens: graphqlLimits.maxTokens }))
      ? 'Fragments must not spread each other in a loop.'
      : null;
  } catch (error) {
    return (error as Error).message;
  }
}

function refuse(ctx: Context, status: number, code: string, message: string): void {
  ctx.status = status;
  ctx.set('Cache-Control', 'no-store');
  ctx.body = { errors: [{ message, extensions: { code } }] };
}
