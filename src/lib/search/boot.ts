import { createHash } from 'node:crypto';
import { PAGEFIND_OPTIONS } from './options';

/**
 * The inline script that starts Pagefind on /cari/ while the page is still being read: it runs before the
 * stylesheet and the bundled search code have loaded (an async module script waits for neither), as a bare
 * Pagefind page would. It does what `loadPagefind` and `warmPagefind` in src/scripts/pagefind-loader.ts do
 * (the search code takes the started engine from `window.tiruPagefind`); keep the two alike. Its hash goes into the page's
 * Content-Security-Policy (PAGEFIND_BOOT_HASH).
 */
export const PAGEFIND_BOOT = `const b='/pagefind/',g=(p)=>fetch(b+p,{priority:'high'}).then((r)=>r.arrayBuffer()).catch(()=>{}),l=(document.documentElement.lang||'unknown').toLowerCase();
g('pagefind-worker.js');
fetch(b+'pagefind-entry.json',{priority:'high'}).then((r)=>r.json()).then(({languages:s})=>{const i=s[l]??s[l.split('-')[0]]??Object.values(s).sort((x,y)=>y.page_count-x.page_count)[0];if(i){g('pagefind.'+i.hash+'.pf_meta');g('wasm.'+(i.wasm??'unknown')+'.pagefind')}}).catch(()=>{});
window.tiruPagefind=import(b+'pagefind.js').then(async(p)=>{await p.options(${JSON.stringify(PAGEFIND_OPTIONS)});await p.init();return p});`;

/** The boot script's hash, for the page's Content-Security-Policy (\`script-src\`). */
export const PAGEFIND_BOOT_HASH = `sha256-${createHash('sha256').update(PAGEFIND_BOOT).digest('base64')}` as const;
