import 'server-only';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { createCmsLink, createContentApi, type ContentApi, type ReadMode } from '@haven/content';
import { draftMode } from 'next/headers';
import { env } from '@/env';

/** The site's one Apollo Client (per request, for Server Components); nothing else imports Apollo. */
const { getClient } = registerApolloClient(
  () => new ApolloClient({ cache: new InMemoryCache(), link: createCmsLink({ url: env.CMS_GRAPHQL_URL, timeoutMs: env.CMS_TIMEOUT_MS }) }),
);

/** The getters as they are, for route handlers (feeds, sitemap, permalinks, preview): they throw ContentError when the CMS fails. */
export const cmsContent: ContentApi = createContentApi({ getClient, previewToken: env.CMS_PREVIEW_TOKEN });

/**
 * The getters pages call. An editor in draft mode reads drafts. A CMS failure is thrown on: while
 * Next regenerates a cached page it then keeps serving the last good one, and a page that has no
 * cached version fails, which the site's server answers with the "unavailable" page and its
 * hotlines (see src/server/page-answer.ts).
 */
export const content: ContentApi = {
  // The getters are closures over the client (no `this`), so they can be copied as they are.
  ...cmsContent,
  getArticle: async (args) => cmsContent.getArticle({ ...args, mode: await readMode() }),
  getArticleById: async (args) => cmsContent.getArticleById({ ...args, mode: await readMode() }),
  getResource: async (args) => cmsContent.getResource({ ...args, mode: await readMode() }),
  getResourceById: async (args) => cmsContent.getResourceById({ ...args, mode: await readMode() }),
};

async function readMode(): Promise<ReadMode> {
  return (await draftMode()).isEnabled && cmsContent.canReadDrafts ? 'draft' : 'published';
}
