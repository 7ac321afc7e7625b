import { defaultLocale, isLocale, localeCodes, type Locale } from '@haven/i18n';

/** Browser tags that name a Haven locale by another code. */
const aliases: Record<string, Locale> = {
  zh: 'zh-Hans',
  'zh-cn': 'zh-Hans',
  'zh-sg': 'zh-Hans',
  'zh-tw': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  'zh-mo': 'zh-Hant',
  tl: 'fil',
};

/** The Haven locale a browser's Accept-Language prefers most, or the default locale. */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { tag: tag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    const match = toLocale(tag);
    if (match) return match;
  }
  return defaultLocale;
}

function toLocale(tag: string): Locale | null {
  const exact = localeCodes.find((code) => code.toLowerCase() === tag);
  if (exact) return exact;
  for (const candidate of [tag, tag.split('-').slice(0, 2).join('-'), tag.split('-')[0]!]) {
    if (aliases[candidate]) return aliases[candidate];
    if (candidate.startsWith('zh-hant')) return 'zh-Hant';
    if (candidate.startsWith('zh-hans')) return 'zh-Hans';
    const base = localeCodes.find((code) => code.toLowerCase() === candidate);
    if (base && isLocale(base)) return base;
  }
  return null;
}
