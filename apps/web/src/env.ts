import { z } from 'zod';

// An empty variable (`SITE_URL=`) means "not set", so the default applies.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema);

const httpUrl = z.url({ protocol: /^https?$/ });

const schema = z.object({
  NODE_ENV: optional(z.enum(['development', 'production', 'test']).default('development')),
  CMS_GRAPHQL_URL: optional(httpUrl.default('http://127.0.0.1:1337/graphql')),
  CMS_TIMEOUT_MS: optional(z.coerce.number().int().positive().max(60_000).default(5000)),
  /** The public origin, possibly with a base path; no trailing slash. */
  SITE_URL: optional(httpUrl.default('http://localhost:3000').transform((url) => url.replace(/\/+$/, ''))),
  // Secrets: without them the routes that need them refuse every request.
  /** Bearer token the CMS webhook sends to /api/revalidate. */
  REVALIDATE_SECRET: optional(z.string().min(1).optional()),
  /** Query secret the CMS preview button sends to /api/draft. */
  PREVIEW_SECRET: optional(z.string().min(1).optional()),
  /** The front cache's loopback refresh server (scale profile), asked to replace withdrawn pages. */
  FRONT_REFRESH_URL: optional(httpUrl.optional()),
  /** Server-only CMS token that may read drafts, for previews. */
  CMS_PREVIEW_TOKEN: optional(z.string().min(1).optional()),
  // Consultation requests: without all three the request form says it cannot take requests now.
  /** Server-only CMS token that may create consultation requests and nothing else. */
  CMS_REQUEST_TOKEN: optional(z.string().min(1).optional()),
  /** The organisation's X25519 public key (base64): requests are sealed to it before they leave this server. */
  REQUEST_PUBLIC_KEY: optional(
    z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'must be a 32-byte key in standard base64 (npm start makes one)')
      .optional(),
  ),
  /** Signs the request form's time-limited token (no cookie). */
  REQUEST_FORM_SECRET: optional(z.string().min(16).optional()),
});

export type Env = z.infer<typeof schema>;

/** Parses the environment; throws naming every malformed variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment for apps/web:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

export const env = parseEnv({
  NODE_ENV: process.env.NODE_ENV,
  CMS_GRAPHQL_URL: process.env.CMS_GRAPHQL_URL,
  CMS_TIMEOUT_MS: process.env.CMS_TIMEOUT_MS,
  SITE_URL: process.env.SITE_URL,
  REVALIDATE_SECRET: process.env.REVALIDATE_SECRET,
  FRONT_REFRESH_URL: process.env.FRONT_REFRESH_URL,
  PREVIEW_SECRET: process.env.PREVIEW_SECRET,
  CMS_PREVIEW_TOKEN: process.env.CMS_PREVIEW_TOKEN,
  CMS_REQUEST_TOKEN: process.env.CMS_REQUEST_TOKEN,
  REQUEST_PUBLIC_KEY: process.env.REQUEST_PUBLIC_KEY,
  REQUEST_FORM_SECRET: process.env.REQUEST_FORM_SECRET,
});
