import { defaultLocale, localeCodes } from '@haven/i18n';
import { defineRouting } from 'next-intl/routing';

// Locales missing from a localized pathname use the internal (English) path.
export const routing = defineRouting({
  locales: localeCodes,
  defaultLocale,
  localePrefix: 'always',
  localeCookie: false,
  localeDetection: true,
  // The proxy's Link header would give slug pages the same slug in every locale; pages set
  // hreflang themselves through their metadata instead.
  alternateLinks: false,
  pathnames: {
    '/': '/',
    '/articles': {
      en: '/articles',
      es: '/articulos',
      'zh-Hans': '/wenzhang',
      'zh-Hant': '/wenzhang',
      vi: '/bai-viet',
      ko: '/gisa',
      fil: '/mga-artikulo',
      fa: '/maghaleh',
    },
    '/articles/[slug]': {
      en: '/articles/[slug]',
      es: '/articulos/[slug]',
      'zh-Hans': '/wenzhang/[slug]',
      'zh-Hant': '/wenzhang/[slug]',
      vi: '/bai-viet/[slug]',
      ko: '/gisa/[slug]',
      fil: '/mga-artikulo/[slug]',
      fa: '/maghaleh/[slug]',
    },
    '/resources': {
      en: '/resources',
      es: '/recursos',
      'zh-Hans': '/ziyuan',
      'zh-Hant': '/ziyuan',
      vi: '/tai-nguyen',
      ko: '/jawon',
      fil: '/mga-mapagkukunan',
      fa: '/manabe',
    },
    '/resources/[slug]': {
      en: '/resources/[slug]',
      es: '/recursos/[slug]',
      'zh-Hans': '/ziyuan/[slug]',
      'zh-Hant': '/ziyuan/[slug]',
      vi: '/tai-nguyen/[slug]',
      ko: '/jawon/[slug]',
      fil: '/mga-mapagkukunan/[slug]',
      fa: '/manabe/[slug]',
    },
    '/faq': {
      en: '/faq',
      es: '/preguntas-frecuentes',
      'zh-Hans': '/changjian-wenti',
      'zh-Hant': '/changjian-wenti',
      vi: '/cau-hoi-thuong-gap',
      ko: '/jaju-mutneun-jilmun',
      fil: '/mga-madalas-itanong',
      fa: '/porsesh-haye-motadavel',
    },
    '/search': {
      en: '/search',
      es: '/buscar',
      'zh-Hans': '/sousuo',
      'zh-Hant': '/sousuo',
      vi: '/tim-kiem',
      ko: '/geomsaek',
      fil: '/maghanap',
      fa: '/jostojoo',
    },
    '/safety': {
      en: '/safety',
      es: '/seguridad',
      'zh-Hans': '/anquan',
      'zh-Hant': '/anquan',
      vi: '/an-toan',
      ko: '/anjeon',
      fil: '/kaligtasan',
      fa: '/amniat',
    },
    '/about': {
      en: '/about',
      es: '/acerca-de',
      'zh-Hans': '/guanyu',
      'zh-Hant': '/guanyu',
      vi: '/gioi-thieu',
      ko: '/sogae',
      fil: '/tungkol-sa-amin',
      fa: '/darbare-ma',
    },
  },
});

export type AppPathname = keyof typeof routing.pathnames;
