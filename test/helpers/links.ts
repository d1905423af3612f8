import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, loadPage } from './dist';

/** A link in a built page whose target file or `#fragment` does not exist. */
export interface BrokenLink {
  page: string;
  href: string;
}

/** Maps a site path to the file that serves it: directories serve their index.html. */
function fileFor(dist: string, path: string): string | undefined {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Checks every internal href and src of every page in `dist`, including fragment targets. */
export function findBrokenLinks(dist: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsByPage = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!idsByPage.has(path)) {
      const $ = loadPage(path, dist);
      idsByPage.set(path, new Set($('[id]').map((_, el) => $(el).attr('id')).get()));
    }
    return idsByPage.get(path)!;
  };
  for (const page of listPages(dist)) {
    const $ = loadPage(page, dist);
    const refs = $('[href], [src]')
      .map((_, el) => $(el).attr('href') ?? $(el).attr('src'))
      .get();
    for (const href of refs) {
      const url = new URL(href, `http://tiru.test${page}`);
      if (url.origin !== 'http://tiru.test') continue;
      const target = url.pathname.endsWith('/') || !url.pathname.includes('.') ? url.pathname.replace(/\/?$/, '/') : url.pathname;
      const file = fileFor(dist, target);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (!file || (fragment && file.endsWith('.html') && !idsOf(target.endsWith('/') ? target : target.replace(/index\.html$/, '')).has(fragment))) {
        broken.push({ page, href });
      }
    }
  }
  return broken;
}
