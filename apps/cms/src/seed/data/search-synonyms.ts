import type { Localized } from './types';

/**
 * The first synonym lists, for editors to grow: words visitors use for the same thing. Each line is
 * a group (`a, b`: each finds the other) or a one-way rule (`a => b`: a also finds b). A group's
 * words are matched one typed word at a time, so every entry that should trigger is a single word.
 */
export const searchSynonyms: Localized<{ groups: string }> = {
  en: { groups: 'lawyer, attorney\nvictim, survivor\nrestitution => compensation' },
  es: { groups: 'abogado, abogada, licenciado\nvíctima, sobreviviente\nrestitución => compensación\nindemnización => compensación' },
  'zh-Hans': { groups: '律师, 法律顾问\n受害者, 幸存者\n赔偿, 补偿' },
  'zh-Hant': { groups: '律師, 法律顧問\n受害者, 被害人, 倖存者\n賠償, 補償' },
  ko: { groups: '변호사, 법률가\n피해자, 생존자\n배상, 보상' },
  fil: { groups: 'abogado, abugado, manananggol\nbiktima, survivor\nkabayaran, kompensasyon' },
  fa: { groups: 'وکیل, حقوقدان\nقربانی, بازمانده\nغرامت => خسارت' },
};
