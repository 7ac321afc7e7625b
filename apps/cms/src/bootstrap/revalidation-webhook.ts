import contract from '@haven/content/contract.json';
import type { Core } from '@strapi/strapi';
import { env } from '../env';
import { webhookRunner, webhookStore, type Webhook } from '../strapi-services';

const NAME = 'Haven site: refresh published pages';
const EVENTS = contract.webhookEvents;

/**
 * Keeps one webhook that tells the site which documents changed, so a publish reaches visitors
 * within seconds. Idempotent: it is created once and corrected when the site's address or the
 * secret changes.
 */
export async function ensureRevalidationWebhook(strapi: Core.Strapi): Promise<void> {
  if (!env.REVALIDATE_SECRET) {
    strapi.log.warn('REVALIDATE_SECRET is not set: the site will not be told about publishes');
    return;
  }
  const store = webhookStore(strapi);
  const wanted = {
    name: NAME,
    url: new URL('/api/revalidate', env.WEB_URL).href,
    headers: { Authorization: `Bearer ${env.REVALIDATE_SECRET}` },
    events: EVENTS,
    isEnabled: true,
  };
  const existing = (await store.findWebhooks()).find((webhook) => webhook.name === NAME);
  const webhook: Webhook = existing
    ? isSame(existing, wanted)
      ? existing
      : await store.updateWebhook(existing.id, wanted)
    : await store.createWebhook(wanted);
  // Strapi registered stored webhooks before this bootstrap ran; refresh this one.
  webhookRunner(strapi).update(webhook);
}

function isSame(a: Omit<Webhook, 'id'>, b: Omit<Webhook, 'id'>): boolean {
  return (
    JSON.stringify([a.url, a.headers, [...a.events].sort(), a.isEnabled]) ===
    JSON.stringify([b.url, b.headers, [...b.events].sort(), b.isEnabled])
  );
}
