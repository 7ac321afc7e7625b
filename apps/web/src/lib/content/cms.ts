import 'server-only';
import { ApolloClient, InMemoryCache, registerApolloClient } from '@apollo/client-integration-nextjs';
import { ContentError, createCmsLink, createContentApi, type ContentApi, type ReadMode } from '@haven/content';
import { defaultLocale, isLocale } from '@haven/i18n';
import { draftMode, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/env';
import { unavailablePath } from '@/lib/urls/unavailable-path';

/** The site's one Apollo Client (per request, for Server Components); nothing else imports Apollo. */
const { getClient } = registerApolloClient(
  () => new ApolloClient({ cache: new InMemoryCache(), link: createCmsLink({ url: env.CMS_GRAPHQL_URL, timeoutMs: env.CMS_TIMEOUT_MS }) }),
);

/** The getters as they are, for route handlers (feeds, sitemap, permalinks, preview): they throw ContentError when the CMS fails. */
export const cmsContent: ContentApi = createContentApi({ getClient, previewToken: env.CMS_PREVIEW_TOKEN });

/**
 * The getters pages call. An editor in draft mode reads drafts. When the CMS fails and the answer
 * is not cached, the visitor is sent to the friendly "unavailable" page with the hotlines, which
 * (unlike an error boundary) is complete without JavaScript.
 */
export const content: ContentApi = {
  canReadDrafts: cmsContent.canReadDrafts,
  getSiteSettings: (args) => forPage(args.locale, () => cmsContent.getSiteSettings(args)),
  getTopics: (args) => forPage(args.locale, () => cmsContent.getTopics(args)),
  getArticles: (args) => forPage(args.locale, () => cmsContent.getArticles(args)),
  getArticle: (args) => forPage(args.locale, (mode) => cmsContent.getArticle({ ...args, mode })),
  getArticleById: (args) => forPage(args.locale, (mode) => cmsContent.getArticleById({ ...args, mode })),
  getResources: (args) => forPage(args.locale, () => cmsContent.getResources(args)),
  getResourceDirectory: (args) => forPage(args.locale, () => cmsContent.getResourceDirectory(args)),
  getResourceFacets: (args) => forPage(args.locale, () => cmsContent.getResourceFacets(args)),
  getResource: (args) => forPage(args.locale, (mode) => cmsContent.getResource({ ...args, mode })),
  getResourceById: (args) => forPage(args.locale, (mode) => cmsContent.getResourceById({ ...args, mode })),
  getFaqs: (args) => forPage(args.locale, () => cmsContent.getFaqs(args)),
  search: (args) => forPage(args.locale, () => cmsContent.search(args)),
  getSlugRedirect: (args) => forPage(args.locale, () => cmsContent.getSlugRedirect(args)),
};

async function forPage<T>(locale: string, read: (mode: ReadMode) => Promise<T>): Promise<T> {
  const mode: ReadMode = (await draftMode()).isEnabled && cmsContent.canReadDrafts ? 'draft' : 'published';
  try {
    return await read(mode);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    const from = (await headers()).get('x-haven-path');
    redirect(unavailablePath(isLocale(locale) ? locale : defaultLocale, from));
  }
}
