import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

const DATABASE_TIMEOUT_MS = 2000;

/**
 * `/_health` answers 204 only when the CMS can serve: its database answers within two seconds.
 * Otherwise 503, so a supervisor or load balancer stops sending it visitors. (Strapi's own
 * `/_health` answers 204 as soon as the process listens.)
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.path !== '/_health') return next();
    ctx.set('Cache-Control', 'no-store');
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('database timed out')), DATABASE_TIMEOUT_MS);
    });
    try {
      await Promise.race([strapi.db.connection.raw('select 1'), timeout]);
      ctx.status = 204;
    } catch {
      ctx.status = 503;
      ctx.body = { status: 'unavailable' };
    } finally {
      clearTimeout(timer);
    }
  };
