import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const webDir = path.resolve(__dirname, '..', '..');
const nextBin = path.join(path.dirname(require.resolve('next/package.json')), 'dist', 'bin', 'next');

export interface RunningSite {
  url: string;
  /** The folder where Next keeps its data cache and generated pages. */
  cacheDir: string;
  /** Everything the site has printed so far. */
  logs(): string;
  /** The organisation's key pair this site seals consultation requests to (raw X25519, base64), and its form secret. */
  intake: { publicKey: string; privateKey: string; formSecret: string };
  stop(): Promise<void>;
}

/** A free loopback port, so the CMS can be told where the site will listen before it starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const serverBundle = path.join(webDir, 'dist', 'site-server.cjs');

/** The site's build (`npm run build`: Next, then Haven's server) once per test run; HAVEN_WEB_BUILT=1 skips it. */
export function buildSite(): void {
  if (process.env.HAVEN_WEB_BUILT === '1' && existsSync(path.join(webDir, '.next', 'BUILD_ID')) && existsSync(serverBundle)) return;
  for (const step of [[nextBin, 'build'], [path.join(webDir, 'scripts', 'build-server.mjs')]]) {
    const result = spawnSync(process.execPath, step, {
      cwd: webDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`${step.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
  process.env.HAVEN_WEB_BUILT = '1';
}

/** Starts the built site with Haven's server (as `npm start` does) against the given CMS and waits until it answers. */
export async function startSite(options: {
  port: number;
  cmsUrl: string;
  secrets: { revalidate: string; preview: string; previewToken: string; requestToken?: string };
  env?: Record<string, string>;
}): Promise<RunningSite> {
  const intake = { ...intakeKeyPair(), formSecret: randomBytes(24).toString('base64url') };
  const url = `http://localhost:${options.port}`;
  // Bound to localhost, not 127.0.0.1: Next 16.4 answers localized paths on 127.0.0.1 with a redirect to themselves.
  const child: ChildProcess = spawn(process.execPath, [serverBundle, '-p', String(options.port), '-H', 'localhost'], {
    cwd: webDir,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CMS_GRAPHQL_URL: `${options.cmsUrl}/graphql`,
      CMS_TIMEOUT_MS: '3000',
      SITE_URL: url,
      REVALIDATE_SECRET: options.secrets.revalidate,
      PREVIEW_SECRET: options.secrets.preview,
      CMS_PREVIEW_TOKEN: options.secrets.previewToken,
      ...(options.secrets.requestToken ? { CMS_REQUEST_TOKEN: options.secrets.requestToken } : {}),
      REQUEST_PUBLIC_KEY: intake.publicKey,
      REQUEST_FORM_SECRET: intake.formSecret,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the site exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the site did not answer within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  return {
    url,
    cacheDir: path.join(webDir, '.next', 'cache'),
    logs: () => output,
    intake,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** A key pair as `npm start` makes one: X25519, raw keys in standard base64. */
function intakeKeyPair(): { publicKey: string; privateKey: string } {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const raw = (jwk: { x?: string; d?: string }, part: 'x' | 'd') => Buffer.from(jwk[part]!, 'base64url').toString('base64');
  return { publicKey: raw(publicKey.export({ format: 'jwk' }), 'x'), privateKey: raw(privateKey.export({ format: 'jwk' }), 'd') };
}
