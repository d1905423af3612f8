// Prints the page-weight report: `npm run report:weight` (after `npm run build`).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BUDGETS, fontBytes, pagefindRuntime, weighSite, type PageWeight } from './page-weight';

const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(dist)) {
  console.error(`No built site at ${dist}: run "npm run build" first.`);
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const rows = [...weighSite(dist)].map(([type, { pages, max }]) => {
  const over = (Object.keys(BUDGETS) as (keyof PageWeight)[]).filter((kind) => max[kind] > BUDGETS[kind]);
  return {
    'jenis halaman': type,
    halaman: pages,
    'HTML (maks)': kb(max.html),
    'CSS (maks)': kb(max.css),
    'JS (maks)': kb(max.js),
    'font (maks)': kb(max.font),
    'gambar (maks)': kb(max.image),
    anggaran: over.length ? `LEWAT: ${over.join(', ')}` : 'ok',
  };
});
console.log(`Page weight of ${dist} (bytes a browser downloads per page, uncompressed; inline scripts count as HTML)`);
console.table(rows);
console.log(`Budgets per page: HTML ${kb(BUDGETS.html)}, CSS ${kb(BUDGETS.css)}, JS ${kb(BUDGETS.js)}, fonts ${kb(BUDGETS.font)}, images ${kb(BUDGETS.image)}.`);
console.log(`Pagefind runtime fetched on the first search (/cari/ only): ${kb(pagefindRuntime(dist))}; web fonts in dist: ${kb(fontBytes(dist))}.`);
