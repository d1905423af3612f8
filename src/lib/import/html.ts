import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What a saved web page gives: the article's text and the page's own metadata. */
export interface HtmlArticle {
  text: string;
  /** Readability found an article body; false for index pages, search results, error pages. */
  found: boolean;
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

/** A schema.org object: the shapes news sites put in JSON-LD. */
type JsonLd = { '@type'?: string | string[]; '@graph'?: JsonLd[]; headline?: string; datePublished?: string; url?: string; publisher?: { name?: string } | string };

const ARTICLE_TYPES = /^(?:NewsArticle|Article|BlogPosting|ReportageNews|AnalysisNewsArticle|WebPage)$/u;

/** The article object of the page's JSON-LD, if any: news sites state headline, date and publisher there. */
function jsonLdArticle(document: Document): JsonLd | undefined {
  const found: JsonLd[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(script.textContent ?? '') as JsonLd | JsonLd[];
      for (const item of [data].flat()) found.push(item, ...(item['@graph'] ?? []));
    } catch {
      // A broken JSON-LD block is the page's problem; the other metadata still serves.
    }
  }
  const isArticle = (item: JsonLd) => [item['@type'] ?? []].flat().some((type) => ARTICLE_TYPES.test(type) && type !== 'WebPage');
  return found.find(isArticle) ?? found.find((item) => [item['@type'] ?? []].flat().includes('WebPage') && item.datePublished);
}

/** Block elements whose ends become line breaks, so paragraphs survive as lines. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, div, br';

/**
 * Extracts the article from a page saved from a browser with Mozilla's Readability (navigation, ads, related
 * links and comment forms are left behind), and reads title, publisher, canonical URL and publication day from its metadata.
 */
export function articleFromHtml(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const ld = jsonLdArticle(document as unknown as Document);
  const ldPublisher = typeof ld?.publisher === 'string' ? ld.publisher : ld?.publisher?.name;
  const time = document.querySelector('article time[datetime], time[pubdate][datetime]')?.getAttribute('datetime');
  const published = meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date') ?? ld?.datePublished ?? time ?? undefined;
  const metadata = {
    title: meta(document, 'og:title', 'twitter:title') ?? ld?.headline ?? (document.querySelector('title')?.textContent?.trim() || undefined),
    publisher: meta(document, 'og:site_name', 'application-name') ?? ldPublisher,
    url: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url') ?? ld?.url,
    published: /^\d{4}-\d{2}-\d{2}/u.test(published ?? '') ? published!.slice(0, 10) : undefined,
  };
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const { document: content } = parseHTML(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`);
  for (const block of content.querySelectorAll(BLOCKS)) block.after(content.createTextNode('\n'));
  const text = (content.body.textContent ?? '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  // Readability returns its best guess even for a page with no article; a few short lines are no article.
  const found = Boolean(article) && text.length >= 200 && text.split(/\s+/).length >= 40;
  return { text, found, ...metadata, title: article?.title?.trim() || metadata.title };
}
