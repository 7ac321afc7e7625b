import type { SeedArticle } from '../types';
import { meta as compensationMeta } from './compensation/meta';
import { text as compensationEn } from './compensation/en';
import { text as compensationEs } from './compensation/es';
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

/** Each article's shared fields (meta.ts) with the locales it has been written in. */
export const articles: SeedArticle[] = [
  { ...compensationMeta, translations: { en: compensationEn, es: compensationEs } },
  { ...civilLawsuitMeta, translations: { en: civilLawsuitEn, es: civilLawsuitEs } },
  { ...vacaturMeta, translations: { en: vacaturEn, es: vacaturEs } },
  { ...traffickingDifferenceMeta, translations: { en: traffickingDifferenceEn, es: traffickingDifferenceEs } },
  { ...stepsForSurvivorsMeta, translations: { en: stepsForSurvivorsEn, es: stepsForSurvivorsEs } },
  { ...onlineSafetyMeta, translations: { en: onlineSafetyEn, es: onlineSafetyEs } },
];
