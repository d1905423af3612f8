import { join } from 'node:path';
import { loadPagefind } from '../test/helpers/pagefind';
const pf = await loadPagefind(join('dist', 'pagefind'));
for (const q of process.argv.slice(2)) {
  const s = await pf.search(q);
  console.log(`== ${q}: ${s.results.length}`);
  for (const r of s.results.slice(0, 6)) { const d = await r.data(); console.log(' ', d.url, '|', d.excerpt.slice(0, 160)); }
}
