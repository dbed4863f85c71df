// Prints the client's initial JavaScript (what index.html loads or preloads) and each lazy chunk,
// raw and gzip-compressed, from a production build: `nx build client && node apps/client/scripts/bundle-size.mjs`.
// A page's cost is the initial total plus the lazy chunk of its route.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const browserDir = fileURLToPath(new URL('../../../dist/apps/client/browser', import.meta.url));
const index = readFileSync(join(browserDir, 'index.html'), 'utf8');
const initial = new Set([...index.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]));

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const sizeOf = (file) => {
  const data = readFileSync(join(browserDir, file));
  return { raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
};

let raw = 0;
let gzip = 0;
for (const file of initial) {
  const size = sizeOf(file);
  raw += size.raw;
  gzip += size.gzip;
}
console.log(`initial JS: ${initial.size} files, ${kb(raw)} raw, ${kb(gzip)} gzip`);
for (const file of readdirSync(browserDir).filter((f) => f.endsWith('.js') && !initial.has(f))) {
  const size = sizeOf(file);
  console.log(`lazy ${file}: ${kb(size.raw)} raw, ${kb(size.gzip)} gzip`);
}
