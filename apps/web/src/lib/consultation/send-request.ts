import { env } from '@/env';
import type { ConsultationRequest } from '@/lib/consultation/request-fields';
import { sealToOrganisation } from '@/lib/consultation/seal';

/** The form can take requests only with the CMS token, the organisation's key and the form secret. */
export function requestsConfigured(): boolean {
  return Boolean(env.CMS_REQUEST_TOKEN && env.REQUEST_PUBLIC_KEY && env.REQUEST_FORM_SECRET);
}

/**
 * Seals a request here, in this process, and stores only the sealed box (and the page's language)
 * in the CMS. 'unavailable' when the CMS cannot be reached or refuses: nothing was stored.
 */
export async function sendRequest(request: ConsultationRequest, pageLocale: string): Promise<'sent' | 'unavailable'> {
  if (!requestsConfigured()) return 'unavailable';
  const sealed = await sealToOrganisation(JSON.stringify(request), env.REQUEST_PUBLIC_KEY!);
  try {
    const response = await fetch(new URL('/api/consultation-requests', env.CMS_GRAPHQL_URL), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${env.CMS_REQUEST_TOKEN}` },
      body: JSON.stringify({ data: { sealed, language: pageLocale } }),
      signal: AbortSignal.timeout(env.CMS_TIMEOUT_MS),
      cache: 'no-store',
    });
    // The status only: a CMS error body could echo what was sent.
    if (!response.ok) console.error(`haven: the CMS refused a consultation request (${response.status})`);
    return response.ok ? 'sent' : 'unavailable';
  } catch {
    console.error('haven: the CMS could not be reached to store a consultation request');
    return 'unavailable';
  }
}
