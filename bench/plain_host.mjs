// A host with no configuration at all: Python's `http.server` serving
// dist/ on loopback, as someone trying the app out would start it. It sends
// every file uncompressed, with no caching headers and with its own guess
// of each file's type (none for .ftl and .toml). The DESIGN.md budget for
// the largest contentful paint "on a host with no configuration" is taken
// here.

import { spawn } from 'node:child_process';

/** Starts the server; returns { origin, appUrl, close }. */
export async function startPlainHost(dist) {
  const python = process.env.PYTHON || 'python3';
  const child = spawn(python, ['-u', '-m', 'http.server', '--bind', '127.0.0.1', '--directory', dist, '0'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const port = await new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${python} -m http.server did not start: ${seen}`)), 15000);
    child.once('error', (e) => { clearTimeout(timer); reject(e); });
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`${python} -m http.server exited (${code}): ${seen}`)); });
    child.stdout.on('data', (d) => {
      seen += d;
      const m = seen.match(/port (\d+)/);
      if (m) { clearTimeout(timer); resolve(Number(m[1])); }
    });
  });
  child.stdout.resume();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    appUrl: origin + '/',
    close: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    }),
  };
}
