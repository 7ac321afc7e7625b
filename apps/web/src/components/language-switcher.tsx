import { getLocale as getLocaleDefinition, locales } from '@haven/i18n';
import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import type { Href, LanguageAlternates } from '@/lib/urls/switcher-hrefs';
import styles from './language-switcher.module.css';

/**
 * One link per locale, to the same page in that language. `alternates` (built with
 * `languageAlternates` from '@/lib/urls/switcher-hrefs') says where a document lives in each locale;
 * without it every locale links to `href`, the current page's routing href. Plain links: a new
 * language is a new document (lang, dir), so a full page load is what we want.
 */
export async function LanguageSwitcher({ alternates, href = '/' }: { alternates?: LanguageAlternates; href?: Href }) {
  const locale = await getLocale();
  const t = await getTranslations({ locale, namespace: 'LanguageSwitcher' });
  const hrefFor = (code: (typeof locales)[number]['code']) =>
    alternates ? (alternates[code] ?? getPathname({ locale: code, href: '/' })) : getPathname({ locale: code, href });

  return (
    <nav aria-label={t('label')} className={styles.switcher}>
      <details className={styles.details}>
        <summary className={styles.summary}>
          <GlobeIcon />
          {t('summary', { language: getLocaleDefinition(locale).nativeName })}
        </summary>
        <ul className={styles.list}>
          {locales.map(({ code, nativeName, dir }) => (
            <li key={code}>
              <a
                className={styles.link}
                href={hrefFor(code)}
                lang={code}
                hrefLang={code}
                dir={dir}
                aria-current={code === locale ? 'page' : undefined}
              >
                {nativeName}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

function GlobeIcon() {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path
        d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
      />
    </svg>
  );
}
