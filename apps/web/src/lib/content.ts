import 'server-only';
import { ContentError, createContentApi, type ContentApi } from '@haven/content';
import { defaultLocale, isLocale } from '@haven/i18n';
import { draftMode, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getClient } from './apollo-client';
import { draftContent } from './draft-content';
import { unavailablePath } from './unavailable-path';

/** Published content for route handlers (feeds, sitemap, permalinks): throws ContentError when the CMS fails. */
export const publishedContent: ContentApi = createContentApi({ getClient });

/**
 * The getters pages call. An editor in draft mode reads drafts. When the CMS fails and the answer
 * is not cached, the visitor is sent to the friendly "unavailable" page with the hotlines, which
 * (unlike an error boundary) is complete without JavaScript.
 */
export const content = guarded(publishedContent);

function guarded(api: ContentApi): ContentApi {
  const names = Object.keys(api) as Array<keyof ContentApi>;
  return Object.fromEntries(
    names.map((name) => [
      name,
      async (args: { locale: string }) => {
        const source = (await draftMode()).isEnabled && draftContent ? draftContent : api;
        try {
          return await (source[name] as (args: unknown) => Promise<unknown>)(args);
        } catch (error) {
          if (!(error instanceof ContentError)) throw error;
          console.error(error.message);
          const from = (await headers()).get('x-haven-path');
          redirect(unavailablePath(isLocale(args.locale) ? args.locale : defaultLocale, from));
        }
      },
    ]),
  ) as unknown as ContentApi;
}
