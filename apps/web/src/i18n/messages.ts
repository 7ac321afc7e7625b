import type { Locale } from '@haven/i18n';
import type { Messages } from 'next-intl';

interface Loaded {
  default: object;
}

// The shell's namespaces (<locale>.json) and the content pages' (pages.<locale>.json) are kept
// apart so two people can edit them; each pair is imported by literal path so only the
// visitor's locale is loaded and a missing file fails the build.
function merge([shell, pages]: [Loaded, Loaded]): Messages {
  return { ...shell.default, ...pages.default } as Messages;
}

/** Every UI string of one locale. */
export const loadMessages: Record<Locale, () => Promise<Messages>> = {
  en: () => Promise.all([import('../../messages/en.json'), import('../../messages/pages.en.json')]).then(merge),
  es: () => Promise.all([import('../../messages/es.json'), import('../../messages/pages.es.json')]).then(merge),
  'zh-Hans': () => Promise.all([import('../../messages/zh-Hans.json'), import('../../messages/pages.zh-Hans.json')]).then(merge),
  'zh-Hant': () => Promise.all([import('../../messages/zh-Hant.json'), import('../../messages/pages.zh-Hant.json')]).then(merge),
  vi: () => Promise.all([import('../../messages/vi.json'), import('../../messages/pages.vi.json')]).then(merge),
  ko: () => Promise.all([import('../../messages/ko.json'), import('../../messages/pages.ko.json')]).then(merge),
  fil: () => Promise.all([import('../../messages/fil.json'), import('../../messages/pages.fil.json')]).then(merge),
  fa: () => Promise.all([import('../../messages/fa.json'), import('../../messages/pages.fa.json')]).then(merge),
};
