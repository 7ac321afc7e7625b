import type { Locale } from '@haven/i18n';
import type { SeedFaq } from '../types';
import { texts as en } from './en';
import { faqMeta, type FaqTexts } from './meta';

/** The languages each FAQ has been written in; English is the original. */
const byLocale: { en: FaqTexts } & Partial<Record<Exclude<Locale, 'en'>, FaqTexts>> = { en };

export const faqs: SeedFaq[] = faqMeta.map((meta) => ({
  ...meta,
  translations: Object.fromEntries(
    Object.entries(byLocale).map(([locale, texts]) => [locale, texts[meta.key]]),
  ) as SeedFaq['translations'],
}));
