import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What a saved web page gives: the article's text and the page's own metadata. */
export interface HtmlArticle {
  text: string;
  title?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
}

const meta = (document: Document, ...names: string[]) => {
  for (const name of names) {
    const content = document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
};

/** Block elements whose ends become line breaks, so paragraphs survive as lines. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, div, br';

/**
 * Extracts the article from a page saved from a browser with Mozilla's Readability (navigation, ads, related
 * links and comment forms are left behind), and reads title, publisher, canonical URL and publication day from its metadata.
 */
export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const metadata = {
    title: meta(document, 'og:title', 'twitter:title') ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    publisher: meta(document, 'og:site_name', 'application-name'),
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url'),
    published: meta(document, 'article:published_time', 'datePublished', 'date')?.slice(0, 10),
  };
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const { document: content } = parseHTML(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`);
  for (const block of content.querySelectorAll(BLOCKS)) block.after(content.createTextNode('\n'));
  const text = (content.body.textContent ?? '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  return { text, ...metadata, title: article?.title?.trim() || metadata.title };
}
