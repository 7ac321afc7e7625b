import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { requestUid } from './uids';

// A sealed box in standard base64: 48 bytes of overhead and a message of at most ~16 kB.
const sealedPattern = /^[A-Za-z0-9+/]{64,}={0,2}$/;

/**
 * What the site may store: the sealed request and the page's language. Status and dates are the
 * CMS's own, so a created request is always new; anything else sent along is dropped.
 */
export function registerSealedInput(strapi: Core.Strapi, locales: () => Promise<string[]>): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== requestUid || context.action !== 'create') return next();
    const params = context.params as { data?: Record<string, unknown> };
    const { sealed, language } = params.data ?? {};
    if (typeof sealed !== 'string' || !sealedPattern.test(sealed) || sealed.length % 4 !== 0)
      throw new errors.ValidationError('sealed: must be a sealed box in base64');
    if (typeof language !== 'string' || !(await locales()).includes(language))
      throw new errors.ValidationError('language: must be one of the site’s locales');
    params.data = { sealed, language, status: 'new' };
    return next();
  });
}
