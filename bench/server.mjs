// The benchmark's static server: serves dist/ as a static host would, so
// that byte counts and Lighthouse's simulated network see real transfer
// sizes. Brotli (quality 11, the usual setting for precompressed files) when
// the browser accepts it, ETag and 304 answers, long caching for Trunk's
// hashed files and revalidation for everything else (as docs/hosting.md's
// "Deployment" recommends). Every answer is logged with its raw and sent
// size. Also serves the baseline pages under /baseline/.

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { TYPES } from '../tests/e2e/harness.mjs';

export const APP_PATH = '/app/';
export const BASELINE_PATH = '/baseline/';

// Already compressed formats are sent as they are.
const COMPRESSIBLE = new Set(['.html', '.js', '.wasm', '.css', '.ftl', '.toml', '.svg', '.json', '.webmanifest']);
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/;

export function brotli(buffer) {
  return brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}

/**
 * `dist`: the build folder. `baseline`: a Map of file name -> HTML text.
 * Returns { origin, appUrl, baselineUrl, log, close }; `log` holds
 * { path, status, raw, sent, encoding } for every answer.
 */
export async function startBenchServer({ dist, baseline = new Map() }) {
  const log = [];
  const cache = new Map(); // file -> { raw, br, etag }

  async function load(file) {
    const s = await stat(file);
    const hit = cache.get(file);
    if (hit && hit.mtime === s.mtimeMs) return hit;
    const raw = await readFile(file);
    const entry = {
      raw,
      br: COMPRESSIBLE.has(extname(file)) ? brotli(raw) : null,
      etag: '"' + createHash('sha1').update(raw).digest('hex').slice(0, 20) + '"',
      mtime: s.mtimeMs,
    };
    cache.set(file, entry);
    return entry;
  }

  function send(req, res, path, entry, type) {
    const headers = {
      'content-type': type,
      etag: entry.etag,
      vary: 'accept-encoding',
      'cache-control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    if (req.headers['if-none-match'] === entry.etag) {
      res.writeHead(304, headers).end();
      log.push({ path, status: 304, raw: entry.raw.length, sent: 0, encoding: null });
      return;
    }
    const useBr = entry.br && /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const body = useBr ? entry.br : entry.raw;
    if (useBr) headers['content-encoding'] = 'br';
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
    log.push({ path, status: 200, raw: entry.raw.length, sent: body.length, encoding: useBr ? 'br' : null });
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    try {
      if (path.startsWith(BASELINE_PATH)) {
        const name = path.slice(BASELINE_PATH.length);
        const html = baseline.get(name);
        if (html === undefined) throw new Error('not found');
        const raw = Buffer.from(html);
        const entry = { raw, br: brotli(raw), etag: '"b' + createHash('sha1').update(raw).digest('hex').slice(0, 19) + '"' };
        send(req, res, path, entry, TYPES['.html']);
        return;
      }
      if (!path.startsWith(APP_PATH)) throw new Error('not found');
      const rel = path.slice(APP_PATH.length) || 'index.html';
      const file = normalize(join(dist, rel));
      if (!file.startsWith(dist)) throw new Error('not found');
      const entry = await load(file);
      send(req, res, path, entry, TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      log.push({ path, status: 404, raw: 0, sent: 9, encoding: null });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    appUrl: origin + APP_PATH,
    baselineUrl: origin + BASELINE_PATH,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
