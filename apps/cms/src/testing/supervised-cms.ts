import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { secret, throwawayStrapiSecrets } from '../../scripts/throwaway-secrets';

export interface SupervisedCms {
  url: string;
  secrets: { revalidate: string; preview: string; previewToken: string };
  /** The process id of the CMS worker running now (the supervisor starts a new one after a crash). */
  workerPid(): number;
  /** Resolves once /_health answers 204, failing after `timeoutMs`. */
  healthy(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built CMS as `npm start` runs it, under its supervisor (scripts/start.js), in production mode
 * on a temporary seeded SQLite file. Needs `strapi build` first.
 */
export async function startSupervisedCms(options: { port: number; webUrl: string }): Promise<SupervisedCms> {
  const appDir = path.resolve(__dirname, '..', '..');
  const database = path.join(tmpdir(), `haven-supervised-${randomUUID()}.db`);
  const secrets = { revalidate: secret(), preview: secret(), previewToken: secret() };
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(appDir, 'scripts', 'start.js')], {
    cwd: appDir,
    env: {
      ...process.env,
      ...throwawayStrapiSecrets(),
      NODE_ENV: 'production',
      STRAPI_TELEMETRY_DISABLED: 'true',
      HOST: '127.0.0.1',
      PORT: String(options.port),
      PUBLIC_URL: url,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: database,
      CMS_LOG_LEVEL: 'warn',
      WEB_URL: options.webUrl,
      REVALIDATE_SECRET: secrets.revalidate,
      PREVIEW_SECRET: secrets.preview,
      CMS_PREVIEW_TOKEN: secrets.previewToken,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const workers: number[] = [];
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    for (const match of chunk.toString().matchAll(/haven-cms: worker (\d+) started/g)) workers.push(Number(match[1]));
  });
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  async function healthy(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the CMS supervisor exited:\n${output}`);
      try {
        if ((await fetch(`${url}/_health`)).status === 204) return;
      } catch {
        // not listening (yet, or again)
      }
      if (Date.now() > deadline) throw new Error(`the CMS was not healthy within ${timeoutMs} ms:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  await healthy();
  return {
    url,
    secrets,
    healthy,
    workerPid() {
      const pid = workers.at(-1);
      if (pid === undefined) throw new Error(`the supervisor reported no worker:\n${output}`);
      return pid;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${database}${suffix}`, { force: true });
    },
  };
}
