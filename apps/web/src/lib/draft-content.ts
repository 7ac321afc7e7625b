import 'server-only';
import { ApolloClient, InMemoryCache } from '@apollo/client';
import { createCmsLink, createContentApi, type ContentApi } from '@haven/content';
import { env } from '@/env';

/**
 * Drafts for editors' previews, read with the server-only preview token and never cached.
 * Null when the site has no preview token configured.
 */
export const draftContent: ContentApi | null = env.CMS_PREVIEW_TOKEN
  ? createContentApi({
      drafts: true,
      getClient: () =>
        new ApolloClient({
          cache: new InMemoryCache(),
          link: createCmsLink({ url: env.CMS_GRAPHQL_URL, timeoutMs: env.CMS_TIMEOUT_MS, token: env.CMS_PREVIEW_TOKEN }),
        }),
    })
  : null;
