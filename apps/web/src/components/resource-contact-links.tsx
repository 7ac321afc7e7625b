import type { Resource } from '@haven/content';
import type { Locale } from '@haven/i18n';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { mailtoHref, smsHref, telHref, websiteHref, websiteLabel } from '@/lib/resources/contact-links';
import styles from './resource-contact-links.module.css';

type Channel = 'phone' | 'sms' | 'tty' | 'email' | 'website';

const ltr = (chunks: ReactNode) => <span dir="ltr">{chunks}</span>;

/**
 * One-tap ways to reach a resource. Numbers are wrapped left-to-right so they read correctly
 * on right-to-left pages. `large` is for the home page's featured hotlines.
 */
export async function ResourceContactLinks({
  resource,
  locale,
  channels = ['phone', 'sms', 'tty', 'email', 'website'],
  size = 'normal',
}: {
  resource: Resource;
  locale: Locale;
  channels?: readonly Channel[];
  size?: 'normal' | 'large';
}) {
  const t = await getTranslations({ locale, namespace: 'ResourceContact' });
  const links: { key: Channel; href: string; label: ReactNode; external?: boolean }[] = [];
  for (const channel of channels) {
    if (channel === 'phone' && resource.phone) {
      const href = telHref(resource.phone);
      if (href) links.push({ key: channel, href, label: t.rich('call', { number: resource.phone, ltr }) });
    }
    if (channel === 'sms' && resource.sms) {
      const href = smsHref(resource.sms);
      if (href) links.push({ key: channel, href, label: t.rich('text', { number: resource.sms, ltr }) });
    }
    if (channel === 'tty' && resource.tty) {
      const href = telHref(resource.tty);
      if (href) links.push({ key: channel, href, label: t.rich('tty', { number: resource.tty, ltr }) });
    }
    if (channel === 'email' && resource.email) {
      const href = mailtoHref(resource.email);
      if (href) links.push({ key: channel, href, label: t.rich('email', { email: resource.email.trim(), ltr }) });
    }
    if (channel === 'website' && resource.website) {
      const href = websiteHref(resource.website);
      if (href) {
        links.push({ key: channel, href, label: t.rich('website', { site: websiteLabel(href), ltr }), external: true });
      }
    }
  }
  if (links.length === 0) return null;
  return (
    <ul className={size === 'large' ? `${styles.links} ${styles.large}` : styles.links} aria-label={t('label', { name: resource.name })}>
      {links.map((link) => (
        <li key={link.key}>
          <a className={styles.link} href={link.href} rel={link.external ? 'noreferrer' : undefined}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
