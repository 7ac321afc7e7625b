import type { Locale } from '@haven/i18n';
import type { SeedFaq } from '../types';
import { texts as en } from './en';
import { texts as es } from './es';
import { texts as fa } from './fa';
import { texts as fil } from './fil';
import { texts as ko } from './ko';
import { faqMeta, type FaqTexts } from './meta';
import { texts as vi } from './vi';
import { texts as zhHans } from './zh-Hans';
import { texts as zhHant } from './zh-Hant';

/** The languages each FAQ has been written in; English is the original. */
const byLocale: { en: FaqTexts } & Partial<Record<Exclude<Locale, 'en'>, FaqTexts>> = {
  en,
  es,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  vi,
  ko,
  fil,
  fa,
};

export const faqs: SeedFaq[] = faqMeta.map((meta) => ({
  ...meta,
  translations: Object.fromEntries(Object.entries(byLocale).map(([locale, texts]) => [locale, texts[meta.key]])) as SeedFaq['translations'],
}));
