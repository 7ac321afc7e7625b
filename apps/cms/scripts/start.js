// `npm start`: the CMS under a small supervisor. If the CMS process dies (a crash, the memory
// ceiling), it is started again after a pause that grows while it keeps failing, so the site keeps
// serving its cached pages and the CMS comes back by itself. SIGINT and SIGTERM stop both.
// Production runs the same idea under a real supervisor: see the CMS README.
require('../../../scripts/local-env').ensureLocalEnv();
const { fork } = require('node:child_process');
const path = require('node:path');

const { cmsNodeFlags } = require('./node-flags');

let execArgv;
try {
  execArgv = cmsNodeFlags();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const HEALTHY_AFTER_MS = 60_000;
const MAX_PAUSE_MS = 30_000;

let child;
let stopping = false;
let pauseMs = 1000;

function run() {
  const started = Date.now();
  child = fork(path.join(__dirname, 'serve.js'), { execArgv });
  console.log(`haven-cms: worker ${child.pid} started`);
  child.on('exit', (code, signal) => {
    if (stopping) process.exit(code ?? 0);
    if (Date.now() - started > HEALTHY_AFTER_MS) pauseMs = 1000;
    console.error(`haven-cms: worker ${child.pid} exited (${signal ?? `code ${code}`}); restarting in ${pauseMs / 1000} s`);
    setTimeout(run, pauseMs);
    pauseMs = Math.min(pauseMs * 2, MAX_PAUSE_MS);
  });
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    else process.exit(0);
  });
}

run();
