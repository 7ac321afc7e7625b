import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { countyList, email, httpsUrl, httpUrl, languageCodes, phoneNumber, richTextLinks, slug, type Rule } from '../validation/rules';
import { i18nLocales } from '../strapi-services';

const fieldRules: Record<string, Record<string, Rule>> = {
  'api::article.article': { slug, body: richTextLinks },
  'api::faq.faq': { answer: richTextLinks },
  'api::topic.topic': { slug },
  'api::resource.resource': {
    slug,
    phone: phoneNumber,
    sms: phoneNumber,
    tty: phoneNumber,
    email,
    website: httpUrl,
    languagesSpoken: languageCodes,
    counties: countyList,
  },
  'api::site-setting.site-setting': { quickExitUrl: httpsUrl },
};

/** Components whose fields need a rule, by the attribute that holds them. */
const componentRules: Record<string, Record<string, Record<string, Rule>>> = {
  'api::article.article': { sources: { url: httpUrl } },
};

interface Problem {
  path: string[];
  message: string;
}

/**
 * Validates formats on every save, drafts included (Strapi itself checks regexes and uniqueness
 * only when publishing), and keeps slugs unique per locale. Errors name the field, and the admin
 * panel shows them next to it.
 */
export function registerFieldValidation(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.action !== 'create' && context.action !== 'update') return next();
    const rules = fieldRules[context.uid];
    if (!rules) return next();
    const params = context.params as { documentId?: string; locale?: string; data?: Record<string, unknown> };
    const data = params.data ?? {};

    const problems = [...checkFields(data, rules), ...checkComponents(data, componentRules[context.uid] ?? {})];
    if (typeof data.slug === 'string' && problems.length === 0) {
      const locale = params.locale ?? (await i18nLocales(strapi).getDefaultLocale());
      const taken: unknown = await strapi.db.query(context.uid).findOne({
        where: { slug: data.slug, locale, ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}) },
        select: ['id'],
      });
      if (taken) problems.push({ path: ['slug'], message: `slug "${data.slug}" is already used in locale ${locale}` });
    }
    if (problems.length > 0) {
      throw new errors.ValidationError(problems.map((p) => p.message).join('; '), {
        errors: problems.map((p) => ({ ...p, name: 'ValidationError', value: undefined })),
      });
    }
    return next();
  });
}

function checkFields(data: Record<string, unknown>, rules: Record<string, Rule>, prefix: string[] = []): Problem[] {
  return Object.entries(rules).flatMap(([field, rule]) => {
    if (!(field in data)) return [];
    const problem = rule(data[field]);
    const path = [...prefix, field];
    return problem ? [{ path, message: `${path.join('.')} ${problem}` }] : [];
  });
}

function checkComponents(data: Record<string, unknown>, components: Record<string, Record<string, Rule>>): Problem[] {
  return Object.entries(components).flatMap(([attribute, rules]) => {
    const value = data[attribute];
    const items = Array.isArray(value) ? value : value ? [value] : [];
    return items.flatMap((item, index) =>
      item && typeof item === 'object' ? checkFields(item as Record<string, unknown>, rules, [attribute, String(index)]) : [],
    );
  });
}
