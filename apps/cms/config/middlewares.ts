import { env } from '../src/env';

/** Browsers on these origins may call the CMS: its own admin panel and, in development, the site. */
const adminOrigin = new URL(env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).origin;
const allowedOrigins = env.NODE_ENV === 'development' ? [adminOrigin, new URL(env.WEB_URL).origin] : [adminOrigin];
const publicApi = (path: string) => path === '/graphql' || path.startsWith('/api/');

export default [
  'global::health',
  'strapi::logger',
  'strapi::errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        // The Consultation requests page opens requests with libsodium, which compiles WebAssembly.
        directives: { 'script-src': ["'self'", "'wasm-unsafe-eval'"] },
      },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      origin: allowedOrigins,
      // Only the admin panel signs in with cookies; the public API never takes credentials.
      credentials: (ctx: { path: string }) => !publicApi(ctx.path),
    },
  },
  'global::graphql-gate',
  'strapi::query',
  'global::public-rest-query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
