import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { loadMessages } from './messages';
import { routing } from './routing';

// A locale given explicitly (getTranslations({ locale })) is used as is: awaiting `requestLocale`
// would read the request's headers and make a cached page dynamic.
export default getRequestConfig(async ({ locale: given, requestLocale }) => {
  const requested = given ?? (await requestLocale);
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: await loadMessages[locale](),
    // Haven serves California; a fixed zone keeps server and client dates identical.
    timeZone: 'America/Los_Angeles',
  };
});
