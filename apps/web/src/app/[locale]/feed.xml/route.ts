import { ContentError } from '@haven/content';
import { isLocale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import { cmsContent } from '@/lib/content/cms';
import { buildAtomFeed } from '@/lib/feeds/atom-feed';
import { getSettingsWithFallback } from '@/lib/content/site-settings';
import { localizedUrl, siteUrl } from '@/lib/urls/site-urls';

const entryCount = 20;

/**
 * The Atom feed of a locale's newest articles, at /<locale>/feed.xml. The proxy skips paths with
 * a dot, so this handler is reached directly and checks the locale itself.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) {
    return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  let loaded;
  try {
    loaded = await Promise.all([
      getTranslations({ locale, namespace: 'Feed' }),
      getTranslations({ locale, namespace: 'Metadata' }),
      getSettingsWithFallback(locale),
      cmsContent.getArticles({ locale, limit: entryCount }),
    ]);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    // Feed readers retry on 503; an empty feed would tell them every article was removed.
    return new Response('The feed is unavailable for a moment.\n', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '300', 'Cache-Control': 'no-store' },
    });
  }
  const [t, tMetadata, settings, articles] = loaded;
  const siteName = settings?.siteName || tMetadata('siteName');
  const selfUrl = siteUrl(`/${locale}/feed.xml`);
  const xml = buildAtomFeed({
    id: selfUrl,
    title: t('title', { siteName }),
    subtitle: settings?.tagline || undefined,
    language: locale,
    selfUrl,
    alternateUrl: localizedUrl(locale, '/articles'),
    authorName: siteName,
    entries: articles.map((article) => ({
      // The permalink survives slug changes, so readers never see an old entry as new.
      id: siteUrl(`/go/${encodeURIComponent(article.documentId)}?lang=${locale}`),
      title: article.title,
      url: localizedUrl(locale, { pathname: '/articles/[slug]', params: { slug: article.slug } }),
      summary: article.summary,
      published: article.publishedAt,
      updated: article.updatedAt,
    })),
  });
  return new Response(xml, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
    },
  });
}
