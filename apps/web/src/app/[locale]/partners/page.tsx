import { resourceKinds } from '@haven/content';
import { defaultLocale, getDirection, locales, type Locale } from '@haven/i18n';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TranslationStatusNotice } from '@/components/translation-status-notice';
import { content } from '@/lib/content/cms';
import { contentLanguageProps } from '@/lib/content/content-language';
import { pageLocale } from '@/lib/content/page-locale';
import { getShellSettings } from '@/lib/content/site-settings';
import { embedAddress } from '@/lib/embed/embed-paths';
import { iframeSnippet } from '@/lib/embed/iframe-snippet';
import { homeFlyer } from '@/lib/flyer/flyer-target';
import { pageAlternates } from '@/lib/urls/page-metadata';
import { flyerPath, permalinkPath, qrCodePath } from '@/lib/urls/share-links';
import { siteUrl } from '@/lib/urls/site-urls';
import styles from './partners.module.css';

interface Props {
  params: Promise<{ locale: string }>;
}

/** A published document as the partner page lists it: its title in this locale, or the original's. */
interface Shareable {
  documentId: string;
  title: string;
  titleLocale: Locale;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'PartnersPage' });
  return { title: t('title'), description: t('description'), alternates: pageAlternates(locale, '/partners') };
}

/** Every published document of one type, in this locale where it is translated. */
async function shareables<T extends { documentId: string }>(
  locale: Locale,
  read: (locale: Locale) => Promise<T[]>,
  title: (document: T) => string,
): Promise<Shareable[]> {
  const [originals, translations] = await Promise.all([read(defaultLocale), locale === defaultLocale ? [] : read(locale)]);
  return originals.map((original) => {
    const translation = translations.find((candidate) => candidate.documentId === original.documentId);
    return translation
      ? { documentId: original.documentId, title: title(translation), titleLocale: locale }
      : { documentId: original.documentId, title: title(original), titleLocale: defaultLocale };
  });
}

/**
 * What partner organizations may do with Haven's pages, and everything they need to do it: each
 * published page's permanent link in every language, its flyer and QR code, and the embed codes.
 */
export default async function PartnersPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, tShare, tMetadata, tArticles, tResources, tKind, settings, articles, resources] = await Promise.all([
    getTranslations({ locale, namespace: 'PartnersPage' }),
    getTranslations({ locale, namespace: 'Share' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getTranslations({ locale, namespace: 'ArticlesPage' }),
    getTranslations({ locale, namespace: 'ResourcesPage' }),
    getTranslations({ locale, namespace: 'ResourceKind' }),
    getShellSettings(locale),
    shareables(
      locale,
      (l) => content.getArticles({ locale: l }),
      (article) => article.title,
    ),
    shareables(
      locale,
      (l) => content.getResources({ locale: l }),
      (resource) => resource.name,
    ),
  ]);
  const siteName = settings.siteName ?? tMetadata('siteName');
  const frameTitle = t('frameTitle', { siteName });
  const embeds = [
    { id: 'embed-hotlines', label: t('hotlinesEmbed'), src: embedAddress('hotlines', locale), height: 360 },
    { id: 'embed-resources', label: t('resourcesEmbed'), src: embedAddress('resources', locale, { kind: 'legal_aid' }), height: 560 },
  ];

  const labels: ItemLabels = {
    permalink: t('permalink'),
    printFlyer: tShare('printFlyer'),
    qrAlt: (title) => t('qrAlt', { title }),
    everyLanguage: t('everyLanguage'),
  };
  const documentList = (id: string, heading: string, documents: Shareable[]) => (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul className={styles.documents}>
        {documents.map((document) => (
          <ShareableItem key={document.documentId} document={document} locale={locale} labels={labels} />
        ))}
      </ul>
    </section>
  );

  return (
    <article className={styles.partners}>
      <h1>{t('title')}</h1>
      <TranslationStatusNotice status={locale === defaultLocale ? 'original' : 'draft_translation'} locale={locale} />
      <p>{t('intro')}</p>

      <h2>{t('mayHeading')}</h2>
      <ul>
        <li>{t('mayLink')}</li>
        <li>{t('mayPrint')}</li>
        <li>{t('mayText')}</li>
        <li>{t('mayEmbed')}</li>
      </ul>
      <p>{t('asIs')}</p>
      <p>{t('privacy')}</p>

      <h2>{t('printHeading')}</h2>
      <p>{t('printHow')}</p>
      <p className={styles.siteFlyer}>
        <a href={flyerPath(homeFlyer, locale)}>{t('siteFlyer')}</a>
        {/* eslint-disable-next-line @next/next/no-img-element -- a small SVG made by Haven, never resized */}
        <img src={qrCodePath(homeFlyer, locale)} alt={t('qrAlt', { title: siteName })} width={120} height={120} loading="lazy" />
      </p>

      <h2>{t('embedHeading')}</h2>
      <p>{t('embedHow')}</p>
      {embeds.map((embed) => (
        <div key={embed.id} className={styles.embed}>
          <label htmlFor={embed.id}>{embed.label}</label>
          <textarea
            id={embed.id}
            readOnly
            rows={3}
            dir="ltr"
            data-embed-code
            value={iframeSnippet({ src: siteUrl(embed.src), title: frameTitle, height: embed.height })}
          />
        </div>
      ))}
      <p>{t('embedKinds', { kinds: resourceKinds.map((kind) => `${kind} (${tKind(kind)})`).join(', ') })}</p>

      <h2>{t('linkHeading')}</h2>
      <p>{t('linkHow')}</p>
      <h2>{t('pagesHeading')}</h2>
      {documentList('partners-articles', tArticles('title'), articles)}
      {documentList('partners-resources', tResources('title'), resources)}
    </article>
  );
}

interface ItemLabels {
  permalink: string;
  printFlyer: string;
  qrAlt: (title: string) => string;
  everyLanguage: string;
}

function ShareableItem({ document, locale, labels }: { document: Shareable; locale: Locale; labels: ItemLabels }) {
  const inputId = `permalink-${document.documentId}`;
  return (
    <li className={styles.document} data-shareable={document.documentId}>
      <h4 className={styles.title} {...contentLanguageProps(document.titleLocale, locale)}>
        {document.title}
      </h4>
      <p className={styles.permalink}>
        <label htmlFor={inputId}>{labels.permalink}</label>
        <input id={inputId} type="url" readOnly value={siteUrl(permalinkPath(document.documentId, locale))} dir="ltr" />
      </p>
      <p>
        <a href={flyerPath(document.documentId, locale)}>{labels.printFlyer}</a>
      </p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a small SVG made by Haven, never resized */}
      <img
        className={styles.qr}
        src={qrCodePath(document.documentId, locale)}
        alt={labels.qrAlt(document.title)}
        width={96}
        height={96}
        loading="lazy"
      />
      <details className={styles.everyLanguage}>
        <summary>{labels.everyLanguage}</summary>
        <ul>
          {locales.map(({ code, nativeName }) => (
            <li key={code}>
              <span lang={code} dir={getDirection(code)}>
                {nativeName}
              </span>
              :{' '}
              <a href={permalinkPath(document.documentId, code)} hrefLang={code} dir="ltr">
                {siteUrl(permalinkPath(document.documentId, code))}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
