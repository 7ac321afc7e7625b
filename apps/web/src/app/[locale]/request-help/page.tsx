import { defaultLocale, locales } from '@haven/i18n';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { TranslationStatusNotice } from '@/components/translation-status-notice';
import { HotlineList, PhoneNumber } from '@/components/hotline-list';
import { Link } from '@/components/link';
import { RequestForm } from '@/components/request-form/request-form';
import { env } from '@/env';
import { issueFormToken } from '@/lib/consultation/form-token';
import { maxLengths } from '@/lib/consultation/request-fields';
import { getSettingsWithFallback, getShellSettings } from '@/lib/content/site-settings';
import { pageLocale } from '@/lib/content/page-locale';
import { californiaCounties } from '@/lib/resources/california-counties';
import { pageAlternates } from '@/lib/urls/page-metadata';
import { submitRequest } from './actions';
import type { RequestFormState } from './request-form-state';

// Every visit gets a freshly signed form token, so the page is made per request and never cached.
export const dynamic = 'force-dynamic';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'RequestHelpPage' });
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: pageAlternates(locale, '/request-help'),
    // A form post sends its Origin only under a policy that allows it, and the framework refuses a
    // post without one; same-origin still sends nothing to any other site.
    referrer: 'same-origin',
  };
}

export default async function RequestHelpPage({ params }: Props) {
  const locale = await pageLocale(params);
  const [t, settings, shell] = await Promise.all([
    getTranslations({ locale, namespace: 'RequestHelpPage' }),
    getSettingsWithFallback(locale),
    getShellSettings(locale),
  ]);
  const hotline = await getTranslations({ locale, namespace: 'HotlineBar' });
  const number = (chunks: ReactNode) => <PhoneNumber>{chunks}</PhoneNumber>;
  const initialState: RequestFormState = {
    locale,
    token: env.REQUEST_FORM_SECRET ? issueFormToken(env.REQUEST_FORM_SECRET) : '',
    values: null,
    errors: {},
    problem: null,
  };
  const labels = Object.fromEntries(
    [
      'optional',
      'name',
      'nameHint',
      'language',
      'reachHeading',
      'phone',
      'call',
      'callMessage',
      'text',
      'textMessage',
      'email',
      'emailMessage',
      'sayWho',
      'times',
      'timesHint',
      'codeWord',
      'codeWordHint',
      'selfContact',
      'county',
      'countyNone',
      'helpHeading',
      'helpCompensation',
      'helpSue',
      'helpRecord',
      'helpImmigration',
      'helpOther',
      'message',
      'honeypot',
      'submit',
    ].map((key) => [key, t(key as 'name')]),
  );
  labels.messageHint = t('messageHint', { max: maxLengths.message });
  // Each language in its own name, as a reader of it looks for it.
  const languages = [...locales.map(({ code, nativeName }) => ({ code, name: nativeName })), { code: 'other', name: t('languageOther') }];

  return (
    <article className="prose">
      <h1>{t('title')}</h1>
      {/* The page's words in other languages are Haven's own drafts, not yet reviewed. */}
      <TranslationStatusNotice status={locale === defaultLocale ? 'original' : 'draft_translation'} locale={locale} />
      <p>{t('intro')}</p>

      <section aria-labelledby="request-emergency">
        <h2 id="request-emergency">{t('emergencyHeading')}</h2>
        <p>{t('emergency')}</p>
        <HotlineList
          hotlines={shell.hotlines}
          callLabel={(phone) => hotline.rich('call', { phone, number })}
          textLabel={(phone) => hotline.rich('text', { phone, number })}
        />
      </section>

      <section aria-labelledby="request-who">
        <h2 id="request-who">{t('whoReadsHeading')}</h2>
        {settings?.requestPolicy && <p>{settings.requestPolicy}</p>}
        {settings?.requestResponseTime && <p>{settings.requestResponseTime}</p>}
        <p>{t('sealed')}</p>
      </section>

      <section aria-labelledby="request-minors">
        <h2 id="request-minors">{t('minorsHeading')}</h2>
        <p>{t('minors')}</p>
        <p>
          <Link href="/safety">{t('safetyLink')}</Link>
        </p>
      </section>

      <section aria-labelledby="request-form">
        <h2 id="request-form">{t('formHeading')}</h2>
        <RequestForm
          action={submitRequest}
          initialState={initialState}
          labels={labels}
          errorText={{
            noWayToReach: t('noWayToReach'),
            phoneInvalid: t('phoneInvalid'),
            phoneMissing: t('phoneMissing'),
            phoneUnused: t('phoneUnused'),
            emailInvalid: t('emailInvalid'),
            countyUnknown: t('countyUnknown'),
            languageUnknown: t('languageUnknown'),
          }}
          tooLong={Object.fromEntries(Object.entries(maxLengths).map(([field, max]) => [field, t('tooLong', { max })])) as never}
          errorSummaries={Array.from({ length: 12 }, (_, index) => t('errorSummary', { count: index + 1 }))}
          problems={{ expired: t('expired'), refused: t('refused'), unavailable: t('unavailable') }}
          languages={languages}
          counties={californiaCounties}
        />
      </section>
    </article>
  );
}
