import { getDirection, type Locale } from '@haven/i18n';
import type { FallbackHotline } from '@/lib/content/fallback-hotlines';

export interface PlainStatusText {
  title: string;
  description: string;
  home: string;
  help: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A page the proxy answers with before Next renders anything (an address Next cannot even route,
 * too many searches): complete without JavaScript or the CMS, in the visitor's language, with the
 * hotlines baked in at build time.
 */
export function plainStatusPage(locale: Locale, text: PlainStatusText, hotlines: readonly FallbackHotline[]): string {
  const links = hotlines
    .flatMap(({ name, phone, sms }) => [
      phone ? `<li><a href="tel:${escape(phone)}">${escape(name)}: ${escape(phone)}</a></li>` : '',
      sms ? `<li><a href="sms:${escape(sms)}">${escape(name)} (SMS): ${escape(sms)}</a></li>` : '',
    ])
    .join('');
  return `<!doctype html>
<html lang="${locale}" dir="${getDirection(locale)}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(text.title)}</title>
<h1>${escape(text.title)}</h1>
<p>${escape(text.description)}</p>
<p><a href="/${locale}">${escape(text.home)}</a></p>
<p>${escape(text.help)}</p>
<ul>${links}</ul>
</html>
`;
}
