import { createHash } from 'node:crypto';
import { generateContent } from './bench/generate';
import { loadContent } from '../src/lib/content/check-content';
import { buildProgramView } from '../src/lib/views/program-view';
import { programAdoptionMap, regionAdoptionMap } from '../src/lib/views/map-view';
import { programSearchRecord, regionSearchRecord } from '../src/lib/search/records';
import { programJsonLd } from '../src/lib/publish/structured-data';
import { buildProgramKit } from '../src/lib/views/kit-view';
import { buildRegionView } from '../src/lib/views/region-view';
import { existsSync } from 'node:fs';
const dir = '/tmp/c10k';
if (!existsSync(dir)) await generateContent(dir, { programs: 10000, format: 'md' });
let t = performance.now();
const { catalog } = await loadContent(dir, { today: '2026-11-23' });
console.log('load', performance.now() - t);
t = performance.now();
let bytes = 0;
for (const id of catalog.programs.keys()) {
  const page = { view: buildProgramView(catalog, id), map: await programAdoptionMap(catalog, id), search: programSearchRecord(catalog, id), jsonLd: programJsonLd(catalog, id, 'https://x/program/' + id + '/') };
  const s = JSON.stringify(page); bytes += s.length;
  createHash('sha256').update(s).digest('base64url');
}
console.log('programs', performance.now() - t, bytes / 1e6);
t = performance.now();
for (const id of catalog.programs.keys()) { const k = await buildProgramKit(catalog, id, 'https://x/'); createHash('sha256').update(JSON.stringify(k)).digest('hex'); }
console.log('kits', performance.now() - t);
t = performance.now();
for (const id of catalog.regions.keys()) { const k = { v: buildRegionView(catalog, id), m: await regionAdoptionMap(catalog, id), s: regionSearchRecord(catalog, id) }; createHash('sha256').update(JSON.stringify(k)).digest('hex'); }
console.log('regions', performance.now() - t);
