import type { SeedFaq } from '../types';

/** Each FAQ's shared fields; its text in each language lives in <locale>.ts beside this file. */
export const faqMeta = [
  { key: 'domestic-violence-link', topic: 'understanding-trafficking', order: 1 },
  { key: 'child-sex-trafficking', topic: 'understanding-trafficking', order: 2 },
  { key: 'recognizing-signs', topic: 'understanding-trafficking', order: 3 },
  { key: 'psychological-harm', topic: 'getting-help', order: 1 },
  { key: 'hotline-immigration-police', topic: 'getting-help', order: 2 },
  { key: 'police-report-compensation', topic: 'compensation', order: 1 },
  { key: 'compensation-deadline', topic: 'compensation', order: 2 },
  { key: 'quick-exit-history', topic: 'online-safety', order: 1 },
] as const satisfies readonly Omit<SeedFaq, 'translations'>[];

export type FaqKey = (typeof faqMeta)[number]['key'];

/** One language's text of every FAQ. */
export type FaqTexts = Record<FaqKey, SeedFaq['translations']['en']>;
