import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { winston } from '@strapi/logger';
import type { Core } from '@strapi/strapi';
import trustedDocuments from '@haven/content/trusted-documents.json';
import { Client } from 'pg';
import { secret, throwawayStrapiSecrets } from '../../scripts/throwaway-secrets';
import { apiTokens } from '../strapi-services';

export interface RunningCms {
  strapi: Core.Strapi;
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  /** The database this CMS uses: "sqlite" or "postgres" */
  client: string;
  /** Secrets this CMS shares with the site */
  secrets: { revalidate: string; preview: string; previewToken: string; requestToken: string };
  /** A full-access API token, as staff tooling would hold: may run operations beyond the trusted documents. */
  staffToken: string;
  stop(): Promise<void>;
}

/**
 * Boots the real Haven CMS in this process on a database of its own: a temporary SQLite file,
 * or, when DATABASE_CLIENT=postgres, a PostgreSQL database created for this run and dropped after.
 * PostgreSQL is reached through TEST_POSTGRES_URL (default postgres://postgres@127.0.0.1:5432/postgres).
 * With `adminPanel`, it also serves the admin panel that `strapi build` left in dist/build.
 */
export async function startCms(options: { seed?: boolean; webUrl?: string; adminPanel?: boolean } = {}): Promise<RunningCms> {
  const client = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  const sqliteFile = path.join(tmpdir(), `haven-cms-${randomUUID()}.db`);
  const database = await createDatabase(client);
  const secrets = { revalidate: secret(), preview: secret(), previewToken: secret(), requestToken: secret() };

  Object.assign(process.env, {
    NODE_ENV: 'test',
    STRAPI_TELEMETRY_DISABLED: 'true',
    CMS_LOG_LEVEL: process.env.CMS_LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    PORT: '0',
    CMS_SEED: options.seed === false ? 'never' : 'auto',
    DATABASE_FILENAME: sqliteFile,
    ...throwawayStrapiSecrets(),
    WEB_URL: options.webUrl ?? 'http://127.0.0.1:9',
    REVALIDATE_SECRET: secrets.revalidate,
    PREVIEW_SECRET: secrets.preview,
    CMS_PREVIEW_TOKEN: secrets.previewToken,
    CMS_REQUEST_TOKEN: secrets.requestToken,
    ...(database ? { DATABASE_URL: database.url } : {}),
  });

  const { compileStrapi, createStrapi } = await import('@strapi/strapi');
  const appDir = path.resolve(__dirname, '..', '..');
  const adminPanel = options.adminPanel ?? false;
  if (adminPanel && !existsSync(path.join(appDir, 'dist', 'build', 'index.html'))) {
    throw new Error('the admin panel is not built: run `npm run build --workspace @haven/cms` first');
  }
  const context = await compileStrapi({ appDir });
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: adminPanel }).load();
  await strapi.listen();
  const { port } = strapi.server.httpServer.address() as AddressInfo;
  const staff = await apiTokens(strapi).create({
    name: 'Haven tests: staff tooling',
    description: '',
    type: 'full-access',
    lifespan: null,
  });

  return {
    strapi,
    client,
    secrets,
    staffToken: staff.accessKey,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await strapi.destroy();
      if (database) await database.drop();
      rmSync(sqliteFile, { force: true });
      rmSync(`${sqliteFile}-wal`, { force: true });
      rmSync(`${sqliteFile}-shm`, { force: true });
    },
  };
}

async function createDatabase(client: string): Promise<{ url: string; drop(): Promise<void> } | null> {
  if (client !== 'postgres') return null;
  const admin = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const name = `haven_test_${randomBytes(6).toString('hex')}`;
  await withClient(admin.href, (pg) => pg.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      await withClient(admin.href, (pg) => pg.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

async function withClient<T>(connectionString: string, work: (pg: Client) => Promise<T>): Promise<T> {
  const pg = new Client({ connectionString });
  await pg.connect();
  try {
    return await work(pg);
  } finally {
    await pg.end();
  }
}

export interface GraphqlBody {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert response bodies field by field
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL query as an anonymous visitor, or with a bearer token. Visitors may run only trusted documents (see trustedQuery). */
export function graphql(cms: RunningCms, query: string, variables: Record<string, unknown> = {}, token?: string) {
  return postGraphql(cms, { query, variables }, token);
}

/** Runs one of the site's trusted documents by name, sent by hash as the site sends it. */
export function trustedQuery(
  cms: RunningCms,
  operationName: keyof typeof trustedDocuments,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const persistedQuery = { version: 1, sha256Hash: trustedDocuments[operationName].sha256 };
  return postGraphql(cms, { operationName, variables, extensions: { persistedQuery } }, token);
}

async function postGraphql(cms: RunningCms, body: object, token?: string): Promise<{ status: number; body: GraphqlBody }> {
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphqlBody };
}

/** Everything the CMS logs from now until stop(), at every level down to debug. */
export function captureLogs(cms: RunningCms): { lines(): string[]; stop(): void } {
  const lines: string[] = [];
  const logger = cms.strapi.log as unknown as { level: string; add(transport: unknown): void; remove(transport: unknown): void };
  const stream = new Writable({
    objectMode: true,
    write(entry: { level: string; message: unknown }, _encoding, done) {
      lines.push(`${entry.level}: ${typeof entry.message === 'string' ? entry.message : JSON.stringify(entry.message)}`);
      done();
    },
  });
  const transport = new winston.transports.Stream({ stream, level: 'debug' });
  const level = logger.level;
  logger.level = 'debug';
  logger.add(transport);
  return {
    lines: () => lines,
    stop() {
      logger.remove(transport);
      logger.level = level;
    },
  };
}
