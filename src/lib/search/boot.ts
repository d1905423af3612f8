import { createHash } from 'node:crypto';
import { PAGEFIND_OPTIONS } from './options';

/**
 * The inline script that starts Pagefind on /cari/ while the page is still being read: it runs before the
 * stylesheet and the bundled search code have loaded (an async module script waits for neither), as a bare
 * Pagefind page would. It does what `loadPagefind` in src/scripts/pagefind-loader.ts does (the search code
 * takes the started engine from `window.tiruPagefind`); keep the two alike. Unlike the header box it does not
 * fetch the worker's files ahead (`warmPagefind`): on a page still loading, those fetches held up
 * `pagefind.js` itself (cold /cari/ 1.22× a bare Pagefind page without them, 1.31–1.39× with, BENCHMARKS.md).
 * Its hash goes into the page's Content-Security-Policy (PAGEFIND_BOOT_HASH).
 */
export const PAGEFIND_BOOT = `window.tiruPagefind=import('/pagefind/pagefind.js').then(async(p)=>{await p.options(${JSON.stringify(PAGEFIND_OPTIONS)});await p.init();return p});`;

/** The boot script's hash, for the page's Content-Security-Policy (\`script-src\`). */
export const PAGEFIND_BOOT_HASH = `sha256-${createHash('sha256').update(PAGEFIND_BOOT).digest('base64')}` as const;
