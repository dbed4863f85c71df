// Compresses the built client once, at build time (run by `nx build client` after the Angular
// build): a `.br` (brotli, best quality) and a `.gz` (gzip, level 9) next to every text file worth
// it, which the API sends as the browser accepts (apps/api/src/app/common/http/client-files.ts).
// Prints what it wrote. Usage: node apps/client/scripts/precompress.mjs [dir]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist/apps/client/browser';
const TEXT = /\.(js|mjs|css|html|svg|json|txt|webmanifest|xml)$/;
/** Below this a compressed variant saves less than its own headers cost. */
const MIN_BYTES = 1024;

function* files(root) {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (TEXT.test(entry.name)) yield path;
  }
}

let raw = 0;
let br = 0;
let gz = 0;
let count = 0;
for (const path of files(dir)) {
  if (statSync(path).size < MIN_BYTES) continue;
  const body = readFileSync(path);
  const brotli = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: 9 });
  // A variant no smaller than the file is not worth sending.
  if (brotli.length < body.length) writeFileSync(`${path}.br`, brotli);
  if (gzip.length < body.length) writeFileSync(`${path}.gz`, gzip);
  raw += body.length;
  br += Math.min(brotli.length, body.length);
  gz += Math.min(gzip.length, body.length);
  count += 1;
}
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(
  `precompressed ${count} files in ${relative(process.cwd(), dir) || dir}: ${kB(raw)} raw, ${kB(br)} brotli, ${kB(gz)} gzip`,
);
