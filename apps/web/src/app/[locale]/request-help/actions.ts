'use server';

import { isLocale } from '@haven/i18n';
import { redirect } from 'next/navigation';
import { env } from '@/env';
import { getPathname } from '@/i18n/navigation';
import { checkFormToken, issueFormToken } from '@/lib/consultation/form-token';
import { readRequestValues, toConsultationRequest, validateRequest } from '@/lib/consultation/request-fields';
import { requestsConfigured, sendRequest } from '@/lib/consultation/send-request';
import type { RequestFormState } from './request-form-state';

/**
 * Receives the request form (a plain POST without JavaScript). Bots are turned away by the hidden
 * field and the signed, time-limited token; a valid request is sealed and stored, then the visitor
 * is sent to the confirmation page. Anything else comes back to the form with what they typed.
 * Nothing a visitor wrote is logged.
 */
export async function submitRequest(previous: RequestFormState, form: FormData): Promise<RequestFormState> {
  const locale = isLocale(previous.locale) ? previous.locale : 'en';
  const values = readRequestValues(form, locale);
  const again = (state: Partial<RequestFormState>): RequestFormState => ({
    locale,
    token: env.REQUEST_FORM_SECRET ? issueFormToken(env.REQUEST_FORM_SECRET) : '',
    values,
    errors: {},
    problem: null,
    ...state,
  });
  if (!requestsConfigured()) return again({ problem: 'unavailable' });
  // People never see the hidden field; something that fills it in is not a person.
  if (form.get('website')) return again({ problem: 'refused' });
  const token = checkFormToken(env.REQUEST_FORM_SECRET!, form.get('token'));
  if (token !== 'valid') return again({ problem: token === 'expired' ? 'expired' : 'refused' });
  const errors = validateRequest(values);
  if (Object.keys(errors).length > 0) return again({ errors });
  if ((await sendRequest(toConsultationRequest(values), locale)) === 'unavailable') return again({ problem: 'unavailable' });
  redirect(getPathname({ locale, href: '/request-help/sent' }));
}
