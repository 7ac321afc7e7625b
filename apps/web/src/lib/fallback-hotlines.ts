import type { Resource } from '@haven/content';
import { defaultLocale, type Locale } from '@haven/i18n';

export type FallbackHotline = Pick<Resource, 'name' | 'phone' | 'sms'>;

/**
 * The featured hotlines as data that ships with the site, for pages that must not depend on the
 * CMS (error pages, the hotline bar when site settings cannot be read).
 */
export const fallbackHotlines: Partial<Record<Locale, readonly FallbackHotline[]>> = {
  en: [
    { name: 'National Human Trafficking Hotline', phone: '1-888-373-7888', sms: '233733' },
    { name: 'Emergency', phone: '911', sms: null },
    { name: '988 Suicide and Crisis Lifeline', phone: '988', sms: '988' },
  ],
  es: [
    { name: 'Línea Nacional contra la Trata de Personas', phone: '1-888-373-7888', sms: '233733' },
    { name: 'Emergencias', phone: '911', sms: null },
    { name: '988 Línea de Prevención del Suicidio y Crisis', phone: '988', sms: '988' },
  ],
  'zh-Hans': [
    { name: '全国人口贩运热线', phone: '1-888-373-7888', sms: '233733' },
    { name: '紧急求助', phone: '911', sms: null },
    { name: '988 自杀与危机生命热线', phone: '988', sms: '988' },
  ],
  'zh-Hant': [
    { name: '全國人口販運熱線', phone: '1-888-373-7888', sms: '233733' },
    { name: '緊急求助', phone: '911', sms: null },
    { name: '988 自殺與危機生命熱線', phone: '988', sms: '988' },
  ],
  vi: [
    { name: 'Đường dây nóng Quốc gia về Nạn buôn người', phone: '1-888-373-7888', sms: '233733' },
    { name: 'Cấp cứu', phone: '911', sms: null },
    { name: 'Đường dây 988 về Tự tử và Khủng hoảng', phone: '988', sms: '988' },
  ],
  ko: [
    { name: '전국 인신매매 핫라인', phone: '1-888-373-7888', sms: '233733' },
    { name: '긴급 신고', phone: '911', sms: null },
    { name: '988 자살 및 위기 상담전화', phone: '988', sms: '988' },
  ],
  fil: [
    { name: 'Pambansang Hotline Laban sa Human Trafficking', phone: '1-888-373-7888', sms: '233733' },
    { name: 'Emergency', phone: '911', sms: null },
    { name: '988 Suicide and Crisis Lifeline', phone: '988', sms: '988' },
  ],
  fa: [
    { name: 'خط تلفن ملی قاچاق انسان', phone: '1-888-373-7888', sms: '233733' },
    { name: 'اورژانس', phone: '911', sms: null },
    { name: 'خط 988 پیشگیری از خودکشی و بحران', phone: '988', sms: '988' },
  ],
};

export function getFallbackHotlines(locale: Locale): readonly FallbackHotline[] {
  return fallbackHotlines[locale] ?? fallbackHotlines[defaultLocale] ?? [];
}
