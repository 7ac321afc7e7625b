import type { SeedArticle } from '../types';
import { meta as compensationMeta } from './compensation/meta';
import { text as compensationEn } from './compensation/en';
import { text as compensationEs } from './compensation/es';
import { text as compensationZhHans } from './compensation/zh-Hans';
import { text as compensationZhHant } from './compensation/zh-Hant';
import { text as compensationVi } from './compensation/vi';
import { text as compensationKo } from './compensation/ko';
import { text as compensationFil } from './compensation/fil';
import { text as compensationFa } from './compensation/fa';
import { meta as civilLawsuitMeta } from './civil-lawsuit/meta';
import { text as civilLawsuitEn } from './civil-lawsuit/en';
import { text as civilLawsuitEs } from './civil-lawsuit/es';
import { meta as vacaturMeta } from './vacatur/meta';
import { text as vacaturEn } from './vacatur/en';
import { text as vacaturEs } from './vacatur/es';
import { meta as traffickingDifferenceMeta } from './trafficking-difference/meta';
import { text as traffickingDifferenceEn } from './trafficking-difference/en';
import { text as traffickingDifferenceEs } from './trafficking-difference/es';
import { meta as stepsForSurvivorsMeta } from './steps-for-survivors/meta';
import { text as stepsForSurvivorsEn } from './steps-for-survivors/en';
import { text as stepsForSurvivorsEs } from './steps-for-survivors/es';
import { meta as onlineSafetyMeta } from './online-safety/meta';
import { text as onlineSafetyEn } from './online-safety/en';
import { text as onlineSafetyEs } from './online-safety/es';
import { text as onlineSafetyZhHans } from './online-safety/zh-Hans';
import { text as onlineSafetyZhHant } from './online-safety/zh-Hant';
import { text as onlineSafetyVi } from './online-safety/vi';
import { text as onlineSafetyKo } from './online-safety/ko';
import { text as onlineSafetyFil } from './online-safety/fil';
import { text as onlineSafetyFa } from './online-safety/fa';

/** Each article's shared fields (meta.ts) with the locales it has been written in. */
export const articles: SeedArticle[] = [
  {
    ...compensationMeta,
    translations: {
      en: compensationEn,
      es: compensationEs,
      'zh-Hans': compensationZhHans,
      'zh-Hant': compensationZhHant,
      vi: compensationVi,
      ko: compensationKo,
      fil: compensationFil,
      fa: compensationFa,
    },
  },
  { ...civilLawsuitMeta, translations: { en: civilLawsuitEn, es: civilLawsuitEs } },
  { ...vacaturMeta, translations: { en: vacaturEn, es: vacaturEs } },
  { ...traffickingDifferenceMeta, translations: { en: traffickingDifferenceEn, es: traffickingDifferenceEs } },
  { ...stepsForSurvivorsMeta, translations: { en: stepsForSurvivorsEn, es: stepsForSurvivorsEs } },
  {
    ...onlineSafetyMeta,
    translations: {
      en: onlineSafetyEn,
      es: onlineSafetyEs,
      'zh-Hans': onlineSafetyZhHans,
      'zh-Hant': onlineSafetyZhHant,
      vi: onlineSafetyVi,
      ko: onlineSafetyKo,
      fil: onlineSafetyFil,
      fa: onlineSafetyFa,
    },
  },
];
