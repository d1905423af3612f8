import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { tmpdir } from 'node:os';
import * as pagefind from 'pagefind';
const dist = '/tmp/r10k/dist';
let t = performance.now();
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`)).sort();
const { index } = await pagefind.createIndex({ forceLanguage: 'id' });
let n = 0;
const queue = files.slice();
async function worker() {
  while (queue.length) {
    const f = queue.shift()!;
    const h = readFileSync(join(dist, f), 'utf8');
    if (!h.includes('data-pagefind-body')) continue;
    const r = await index!.addHTMLFile({ sourcePath: f, content: h });
    if (r.errors.length) throw new Error(r.errors.join());
    n++;
  }
}
await Promise.all(Array.from({ length: Number(process.env.CONC ?? 16) }, worker));
console.log('read+add', n, Math.round(performance.now() - t)); t = performance.now();
const out = mkdtempSync(join(tmpdir(), 'zzpf-'));
await index!.writeFiles({ outputPath: out });
console.log('pagefind write', Math.round(performance.now() - t)); t = performance.now();
await pagefind.close();
rmSync(out, { recursive: true, force: true });
