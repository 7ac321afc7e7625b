import { documentIdPattern } from '@haven/content';
import type { Locale } from '@haven/i18n';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { cache } from 'react';
import { PhoneNumber } from '@/components/hotline-list';
import { content } from '@/lib/content/cms';
import { contentLanguageProps } from '@/lib/content/content-language';
import { findWithFallback } from '@/lib/content/fallback';
import { notFoundPage } from '@/lib/content/not-found-page';
import { pageLocale } from '@/lib/content/page-locale';
import { getShellSettings } from '@/lib/content/site-settings';
import { qrCodeSvg } from '@/lib/flyer/qr-code';
import { flyerTargetUrl, homeFlyer } from '@/lib/flyer/flyer-target';
import { flyerSummary } from '@/lib/urls/flyer-summary';
import styles from './flyer.module.css';

// Generated on first request, then cached until a publish revalidates the document's tags.
export function generateStaticParams(): { documentId: string }[] {
  return [];
}

interface Props {
  params: Promise<{ locale: string; documentId: string }>;
}

interface Flyer {
  title: string;
  summary: string;
  /** The language the title and summary are written in (the original, for an untranslated page). */
  contentLocale: Locale;
  /** What the QR code encodes: the page's permanent link in this locale. */
  url: string;
}

const loadFlyer = cache(async (locale: Locale, documentId: string): Promise<Flyer> => {
  if (documentId === homeFlyer) {
    const [settings, t] = await Promise.all([getShellSettings(locale), getTranslations({ locale, namespace: 'Metadata' })]);
    return {
      title: settings.siteName ?? t('siteName'),
      summary: flyerSummary(settings.tagline ?? t('description')),
      contentLocale: locale,
      url: flyerTargetUrl(homeFlyer, locale),
    };
  }
  if (!documentIdPattern.test(documentId)) notFoundPage(locale);
  const url = flyerTargetUrl(documentId, locale);
  const article = await findWithFallback(locale, (l) => content.getArticleById({ locale: l, documentId }));
  if (article.kind !== 'not-found') {
    const { title, summary, locale: contentLocale } = article.document;
    return { title, summary: flyerSummary(summary), contentLocale, url };
  }
  const resource = await findWithFallback(locale, (l) => content.getResourceById({ locale: l, documentId }));
  if (resource.kind !== 'not-found') {
    const { name, description, locale: contentLocale } = resource.document;
    return { title: name, summary: flyerSummary(description), contentLocale, url };
  }
  return notFoundPage(locale);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const flyer = await loadFlyer(locale, (await params).documentId);
  const t = await getTranslations({ locale, namespace: 'Flyer' });
  // A copy of a page for printing: search engines index the page itself.
  return { title: t('title', { title: flyer.title }), robots: { index: false, follow: true } };
}

/**
 * One printed page (US Letter or A4) to hand out: the title, a short summary, the featured
 * hotlines and a QR code of the page's permanent link, with that link printed under it.
 */
export default async function FlyerPage({ params }: Props) {
  const locale = await pageLocale(params);
  const { documentId } = await params;
  const [flyer, settings, t, tHotline] = await Promise.all([
    loadFlyer(locale, documentId),
    getShellSettings(locale),
    getTranslations({ locale, namespace: 'Flyer' }),
    getTranslations({ locale, namespace: 'HotlineBar' }),
  ]);
  const qr = await qrCodeSvg(flyer.url);
  const lang = contentLanguageProps(flyer.contentLocale, locale);
  const number = (chunks: React.ReactNode) => <PhoneNumber>{chunks}</PhoneNumber>;

  return (
    <article className={styles.flyer} data-flyer>
      <p className={styles.screenOnly}>{t('printHint')}</p>
      <header {...lang}>
        <h1 className={styles.title}>{flyer.title}</h1>
        {flyer.summary && <p className={styles.summary}>{flyer.summary}</p>}
      </header>
      {settings.hotlines.length > 0 && (
        <section className={styles.hotlines} aria-labelledby="flyer-hotlines">
          <h2 id="flyer-hotlines">{tHotline('label')}</h2>
          <ul>
            {settings.hotlines.map((hotline) => (
              <li key={hotline.name}>
                <strong>{hotline.name}</strong>
                {hotline.phone && <span>{tHotline.rich('call', { phone: hotline.phone, number })}</span>}
                {hotline.sms && <span>{tHotline.rich('text', { phone: hotline.sms, number })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      <figure className={styles.code}>
        {/* The SVG comes from the QR library, from a URL this page built: no reader input reaches it. */}
        <div className={styles.qr} role="img" aria-label={t('qrLabel')} dangerouslySetInnerHTML={{ __html: qr }} />
        <figcaption>
          <span className={styles.scan}>{t('scan')}</span>
          <span className={styles.url} dir="ltr">
            {flyer.url}
          </span>
        </figcaption>
      </figure>
    </article>
  );
}
