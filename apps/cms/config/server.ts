import { env } from '../src/env';

export default () => ({
  host: env.HOST,
  port: env.PORT,
  url: env.PUBLIC_URL,
  app: { keys: env.APP_KEYS },
  // Behind a reverse proxy, the client's address comes from X-Forwarded-For, so that the admin
  // login's rate limit counts each person, not the proxy. Off unless the proxy is configured.
  proxy: { koa: env.CMS_TRUST_PROXY },
});
