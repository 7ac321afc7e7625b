import { toSafeHref } from '@/lib/security/safe-url';

function dialable(number: string): string | null {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits === '' || digits.length > 20) return null;
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}

/** `tel:` link for a phone number as editors type it ("1-888-373-7888", "988"). */
export function telHref(phone: string): string | null {
  const number = dialable(phone);
  return number ? `tel:${number}` : null;
}

export function smsHref(number: string): string | null {
  const dialed = dialable(number);
  return dialed ? `sms:${dialed}` : null;
}

const plainEmail = /^[^\s@?#/:]+@[^\s@?#/:]+\.[^\s@?#/:]+$/;

export function mailtoHref(email: string): string | null {
  const trimmed = email.trim();
  return plainEmail.test(trimmed) ? `mailto:${trimmed}` : null;
}

/** A website as editors type it, with or without "https://"; only http(s) passes. */
export function websiteHref(website: string): string | null {
  const trimmed = website.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const href = toSafeHref(withScheme);
  return href && /^https?:\/\//.test(href) ? href : null;
}

/** What a reader sees for a website link: the host, without "www.". */
export function websiteLabel(href: string): string {
  try {
    const url = new URL(href);
    const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
    return `${url.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return href;
  }
}
