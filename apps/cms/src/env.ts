import { z } from 'zod';

/**
 * The CMS's configuration, parsed once from the environment (after Strapi has loaded apps/cms/.env).
 * A missing or malformed value stops start-up with a message naming the variable.
 */
const secret = z.string().min(16, 'must be at least 16 characters (run `npm start` once to generate local secrets)');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(1337),
    PUBLIC_URL: z.url().optional(),
    DATABASE_CLIENT: z.enum(['sqlite', 'postgres']).default('sqlite'),
    DATABASE_FILENAME: z.string().min(1).default('.tmp/data.db'),
    DATABASE_URL: z.url().optional(),
    DATABASE_SCHEMA: z.string().min(1).default('public'),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    APP_KEYS: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((key) => key.trim())
          .filter(Boolean),
      )
      .pipe(z.array(secret).min(1)),
    API_TOKEN_SALT: secret,
    ADMIN_JWT_SECRET: secret,
    TRANSFER_TOKEN_SALT: secret,
    JWT_SECRET: secret,
    ENCRYPTION_KEY: secret,
    CMS_ADMIN_EMAIL: z.email().default('admin@haven.local'),
    CMS_ADMIN_PASSWORD: z
      .string()
      .regex(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}$/, 'needs 8+ characters with upper case, lower case and a digit')
      .default('Haven-local-1'),
    CMS_SEED: z.enum(['auto', 'never']).default('auto'),
    // "true" only behind a reverse proxy that sets X-Forwarded-For.
    CMS_TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    CMS_LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'verbose', 'debug']).default('http'),
    WEB_URL: z.url().default('http://localhost:3000'),
    // Shared with the site. Without REVALIDATE_SECRET no publish webhook is set up; without
    // PREVIEW_SECRET the admin panel offers no preview; without CMS_PREVIEW_TOKEN the site cannot read drafts.
    REVALIDATE_SECRET: z.string().min(32).optional(),
    PREVIEW_SECRET: z.string().min(32).optional(),
    CMS_PREVIEW_TOKEN: z.string().min(32).optional(),
    // The site's create-only token for consultation requests; without it the site cannot send any.
    CMS_REQUEST_TOKEN: z.string().min(32).optional(),
    // Consultation requests are deleted this many days after they are closed, and at this age in any case.
    REQUEST_RETENTION_CLOSED_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    REQUEST_MAX_AGE_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  })
  .superRefine((value, ctx) => {
    if (value.DATABASE_CLIENT === 'postgres' && !value.DATABASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['DATABASE_URL'], message: 'is required when DATABASE_CLIENT=postgres' });
    }
  });

export type Env = z.infer<typeof schema>;

/** Throws an Error that names every missing or malformed variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`Invalid CMS configuration:\n${problems.join('\n')}`);
}

export const env = parseEnv(process.env);
