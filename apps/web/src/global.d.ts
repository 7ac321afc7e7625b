import type { Locale } from '@haven/i18n';
import type shellMessages from '../messages/en.json';
import type pageMessages from '../messages/pages.en.json';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof shellMessages & typeof pageMessages;
  }
}
