// Static server on 127.0.0.1 (ephemeral port) for the bench pages and bench/.build/.
//   GET  /blank                 same-origin empty page (pre-warms the renderer process)
//   GET  /L<load>/<vid>.html    the generated page of a variant
//   GET  /L<load>/<file>        a file under the build root (relative URLs resolve here)
//   POST /release/L<load>       sent by the probe at first contentful paint
// The load id in every URL keeps each load's requests apart and defeats any caching.
// JS is held until the page reports its first contentful paint ("fcp gate"): the page
// paints HTML+CSS first and the script arrives later, as over a real network. Each JS
// body is prefixed with performance.mark() so the probe knows when evaluation started
// (sizes are computed from the files on disk, without that prefix).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8' };

/**
 * @param {{ root: string, pages: Map<string, string>, gateTimeoutMs?: number }} o
 *   pages: vid -> HTML
 */
export async function startServer({ root, pages, gateTimeoutMs = 15000 }) {
  /** @type {Map<string, Array<{url: string, status: number, kind: string, file?: string}>>} */
  const requests = new Map();
  /** @type {Map<string, true | Array<() => void>>} released, or waiters */
  const gate = new Map();

  const note = (load, entry) => {
    if (!requests.has(load)) requests.set(load, []);
    requests.get(load).push(entry);
  };
  const release = (load) => {
    const g = gate.get(load);
    gate.set(load, true);
    if (Array.isArray(g)) g.forEach((fn) => fn());
  };
  const released = (load) =>
    new Promise((res) => {
      const g = gate.get(load);
      if (g === true) return res(true);
      const t = setTimeout(() => res(false), gateTimeoutMs); // never hang a load on a lost POST
      if (Array.isArray(g))
        g.push(() => {
          clearTimeout(t);
          res(true);
        });
      else
        gate.set(load, [
          () => {
            clearTimeout(t);
            res(true);
          },
        ]);
    });

  const server = http.createServer(async (req, res) => {
    const p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const send = (status, body, type) => {
      res.writeHead(status, {
        'content-type': type,
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
    };
    if (p === '/blank') return send(200, '<!doctype html><title>blank</title>', TYPES['.html']);
    let m = p.match(/^\/release\/L(\d+)$/);
    if (m) {
      release(m[1]);
      res.writeHead(204);
      return res.end();
    }
    m = p.match(/^\/L(\d+)\/(.+)$/);
    if (!m) return send(404, 'not found', 'text/plain');
    const [, load, rel] = m;
    if (rel.endsWith('.html')) {
      const html = pages.get(rel.slice(0, -5));
      note(load, { url: rel, status: html ? 200 : 404, kind: 'html' });
      return html ? send(200, html, TYPES['.html']) : send(404, 'unknown page', 'text/plain');
    }
    const file = path.resolve(root, rel);
    const ext = path.extname(file);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      note(load, { url: rel, status: 404, kind: ext.slice(1) });
      return send(404, 'not found', 'text/plain');
    }
    let body = fs.readFileSync(file);
    if (ext === '.js') {
      await released(load);
      body = Buffer.concat([Buffer.from(`performance.mark(${JSON.stringify('bench:js:' + rel)});`), body]);
    }
    note(load, { url: rel, status: 200, kind: ext.slice(1), file });
    send(200, body, TYPES[ext] || 'application/octet-stream');
  });
  server.keepAliveTimeout = 1000;
  await new Promise((res) => server.listen(0, '127.0.0.1', () => res(undefined)));
  const origin = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
  return {
    origin,
    /** requests of one load, then forgotten */
    take(load) {
      const r = requests.get(load) || [];
      requests.delete(load);
      gate.delete(load);
      return r;
    },
    close: () =>
      new Promise((res) => {
        server.closeAllConnections?.();
        server.close(() => res(undefined));
      }),
  };
}
