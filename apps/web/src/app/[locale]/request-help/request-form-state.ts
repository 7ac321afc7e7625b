import type { Locale } from '@haven/i18n';
import type { RequestErrors, RequestValues } from '@/lib/consultation/request-fields';

/** The form between posts: what was typed, what is wrong with it, and a fresh token. Never in a URL. */
export interface RequestFormState {
  locale: Locale;
  token: string;
  values: RequestValues | null;
  errors: RequestErrors;
  /** A problem with the whole form rather than one field. */
  problem: 'expired' | 'refused' | 'unavailable' | null;
}
