// Bytes as a server would send them: each file compressed on its own (gzip -9, brotli q11).
import fs from 'node:fs';
import zlib from 'node:zlib';

/** @param {Buffer} buf */
export function sizesOf(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

/** @param {string[]} files @returns {{ raw: number, gzip: number, brotli: number, files: number }} */
export function sizesOfFiles(files) {
  const t = { raw: 0, gzip: 0, brotli: 0, files: 0 };
  for (const f of files) {
    const s = sizesOf(fs.readFileSync(f));
    t.raw += s.raw;
    t.gzip += s.gzip;
    t.brotli += s.brotli;
    t.files++;
  }
  return t;
}
