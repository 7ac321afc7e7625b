// The production-shaped profile: `npm run start:scale` / `npm run stop:scale`.
// On this machine's PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) it runs the CMS in
// production mode (http://localhost:1337), two web instances sharing their cache through Redis
// (3001, 3002) and nginx in front (http://localhost:8080, ops/nginx/haven-front.conf). Everything it
// starts, its secrets, logs and nginx's cache live in .scale/ (git-ignored); stop stops exactly that.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const state = path.join(root, '.scale');
const logs = path.join(state, 'logs');
const pidsFile = path.join(state, 'pids.json');
const require = createRequire(path.join(root, 'apps', 'cms', 'package.json'));

export const scale = {
  cms: 'http://localhost:1337',
  webPorts: [3001, 3002],
  front: 'http://localhost:8080',
  /** nginx's loopback refresh server, asked by the webhook to replace withdrawn pages */
  frontRefresh: 'http://127.0.0.1:8081',
  database: process.env.SCALE_DATABASE ?? 'haven_scale',
  postgres: process.env.SCALE_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redis: process.env.SCALE_REDIS_URL ?? 'redis://127.0.0.1:6379',
};

/** The profile's secrets: made once and kept, since the CMS's data (tokens, encrypted values) depends on them. */
function secrets() {
  const file = path.join(state, 'secrets.json');
  if (!existsSync(file)) {
    // Made as the test CMSs' secrets are, but kept.
    const { secret, throwawayStrapiSecrets } = require('./scripts/throwaway-secrets.js');
    const made = {
      ...throwawayStrapiSecrets(),
      REVALIDATE_SECRET: secret(),
      PREVIEW_SECRET: secret(),
      CMS_PREVIEW_TOKEN: secret(),
    };
    writeFileSync(file, `${JSON.stringify(made, null, 2)}\n`, { mode: 0o600 });
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

async function ensureDatabase() {
  const { Client } = require('pg');
  const pg = new Client({ connectionString: scale.postgres });
  await pg.connect();
  try {
    const { rowCount } = await pg.query('SELECT 1 FROM pg_database WHERE datname = $1', [scale.database]);
    if (rowCount === 0) await pg.query(`CREATE DATABASE ${scale.database}`);
  } finally {
    await pg.end();
  }
  const url = new URL(scale.postgres);
  url.pathname = `/${scale.database}`;
  return url.href;
}

function reachable(url) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => socket.end(() => resolve(true)));
    socket.on('error', () => resolve(false));
  });
}

function build() {
  const web = path.join(root, 'apps', 'web');
  if (!existsSync(path.join(web, '.next', 'BUILD_ID')) || !existsSync(path.join(web, 'dist', 'cache-handler.cjs'))) {
    run('npm', ['run', 'build', '--workspace', '@haven/web']);
  }
  if (!existsSync(path.join(root, 'apps', 'cms', 'dist', 'build', 'index.html'))) {
    run('npm', ['run', 'build', '--workspace', '@haven/cms'], secrets());
  }
}

function run(command, args, env = {}) {
  console.error(`scale: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function startDetached(name, command, args, env, cwd = root) {
  const log = path.join(logs, `${name}.log`);
  const out = openSync(log, 'a');
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
  child.unref();
  return { name, pid: child.pid, log };
}

async function waitFor(url, accept = (status) => status < 500, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
      if (accept(response.status)) return;
    } catch {
      // not answering yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function start() {
  if (existsSync(pidsFile)) throw new Error('the scale profile is already running (npm run stop:scale first)');
  for (const dir of [state, logs, path.join(state, 'nginx', 'cache')]) mkdirSync(dir, { recursive: true });
  if (!(await reachable(scale.redis))) throw new Error(`Redis does not answer at ${scale.redis}`);
  const databaseUrl = await ensureDatabase();
  build();
  const keys = secrets();
  const shared = { STRAPI_TELEMETRY_DISABLED: 'true', NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };
  const started = [];
  const save = () => writeFileSync(pidsFile, `${JSON.stringify(started, null, 2)}\n`);
  try {
    started.push(
      startDetached('cms', process.execPath, [path.join(root, 'apps', 'cms', 'scripts', 'start.js')], {
        ...shared,
        ...keys,
        HOST: '127.0.0.1',
        PORT: '1337',
        DATABASE_CLIENT: 'postgres',
        DATABASE_URL: databaseUrl,
        CMS_SEED: 'auto',
        CMS_LOG_LEVEL: 'warn',
        CMS_TRUST_PROXY: 'false',
        WEB_URL: scale.front,
      }),
    );
    save();
    for (const port of scale.webPorts) {
      started.push(
        startDetached(
          `web-${port}`,
          process.execPath,
          [path.join(root, 'apps', 'web', 'dist', 'site-server.cjs'), '-p', String(port), '-H', 'localhost'],
          {
            ...shared,
            CMS_GRAPHQL_URL: `${scale.cms}/graphql`,
            CMS_TIMEOUT_MS: '3000',
            SITE_URL: scale.front,
            REDIS_URL: scale.redis,
            FRONT_REFRESH_URL: scale.frontRefresh,
            REVALIDATE_SECRET: keys.REVALIDATE_SECRET,
            PREVIEW_SECRET: keys.PREVIEW_SECRET,
            CMS_PREVIEW_TOKEN: keys.CMS_PREVIEW_TOKEN,
          },
          // Next reads the app's next.config.ts relative to the working directory.
          path.join(root, 'apps', 'web'),
        ),
      );
      save();
    }
    const template = readFileSync(path.join(root, 'ops', 'nginx', 'haven-front.conf'), 'utf8');
    const config = template
      .replaceAll('@STATE@', state)
      .replaceAll('@PORT@', new URL(scale.front).port)
      .replaceAll('@REFRESH_PORT@', new URL(scale.frontRefresh).port)
      .replace('@UPSTREAMS@', scale.webPorts.map((port) => `    server 127.0.0.1:${port} max_fails=0;`).join('\n'));
    writeFileSync(path.join(state, 'nginx.conf'), config);
    run('nginx', ['-p', state, '-c', path.join(state, 'nginx.conf'), '-g', 'daemon on;']);
    started.push({ name: 'nginx', pidFile: path.join(state, 'nginx.pid'), log: path.join(logs, 'nginx-error.log') });
    save();

    await waitFor(`${scale.cms}/_health`, (status) => status === 204, 300_000);
    for (const port of scale.webPorts) await waitFor(`http://localhost:${port}/robots.txt`, (status) => status === 200);
    await waitFor(`${scale.front}/en`, (status) => status === 200);
  } catch (error) {
    await stop();
    throw error;
  }
  console.log(
    `Haven at scale:\n  front (nginx)  ${scale.front}\n  web            ${scale.webPorts.map((port) => `http://localhost:${port}`).join(', ')}\n  CMS            ${scale.cms}/admin\nLogs: ${path.relative(root, logs)}/ — stop with npm run stop:scale`,
  );
}

export async function stop() {
  if (!existsSync(pidsFile)) {
    console.log('the scale profile is not running');
    return;
  }
  const started = JSON.parse(readFileSync(pidsFile, 'utf8'));
  for (const entry of started.reverse()) {
    const pid = entry.pidFile ? (existsSync(entry.pidFile) ? Number(readFileSync(entry.pidFile, 'utf8')) : undefined) : entry.pid;
    if (!pid) continue;
    try {
      // Each was started as the leader of its own process group: the group goes with it.
      process.kill(entry.pidFile ? pid : -pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  const { rmSync } = await import('node:fs');
  rmSync(pidsFile, { force: true });
  console.log('the scale profile is stopped');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const command = process.argv[2];
  await (command === 'stop' ? stop() : start()).catch((error) => {
    console.error(`scale: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
