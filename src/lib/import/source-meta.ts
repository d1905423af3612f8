import { slugify } from '../format/slugify';

/** A dateline's publisher: "BANJARBARU, klikkalsel.com –", "MEDIA CENTER BANJARBARU –", "headline9.com, BANJARBARU –". */
const DATELINE = /^([^–—]{2,80}?)\s+[–—-]\s+/u;
const DOMAIN = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*(?:\.|\s)(?:com|co\.id|co id|id|net|org|news|info|go\.id)$/iu;

const titleCase = (words: string) => words.toLocaleLowerCase('id-ID').replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toLocaleUpperCase('id-ID'));

/**
 * The publisher a dateline names. A domain wins ("MERAHPUTIHNEWS.CO ID" → "merahputihnews.co.id"); a dateline of
 * one all-capital name that is not a known place is an outlet's name ("MEDIA CENTER BANJARBARU" → "Media Center Banjarbaru").
 */
export function publisherFromDateline(firstParagraph: string, isPlace: (name: string) => boolean): { publisher: string; dateline: string; sure: boolean } | undefined {
  const dateline = DATELINE.exec(firstParagraph)?.[1];
  if (!dateline) return undefined;
  const parts = dateline.split(/\s*,\s*/);
  // "Metro, (Wartacontoh.com) –", "Kab. Lamsel, (Comunitynews) –": a name in brackets is the outlet's.
  // A bracket holding a date ("Jum'at (17/10/2025)") is the day of filing, not an outlet.
  const bracketed = [...dateline.matchAll(/\(([^()]{2,60})\)/gu)].map((m) => m[1]!).find((inside) => /\p{L}{2}/u.test(inside) && !/^\s*\d{1,2}[/.-]\d{1,2}/u.test(inside));
  const domain = [bracketed, ...parts].find((part) => part && DOMAIN.test(part));
  if (domain) {
    const printed = domain === domain.toUpperCase() ? domain.toLowerCase() : domain;
    return { publisher: printed.replace(/\s(?=(?:co\.)?id$|id$)/i, '.').replace(/\sco id$/i, '.co.id'), dateline, sure: true };
  }
  if (bracketed) return { publisher: bracketed, dateline, sure: true };
  // One name that is no known place may be the outlet ("MEDIA CENTER BANJARBARU") or a place the registry spells
  // otherwise ("TENGGARONG"): proposed, never sure.
  // A date ("Ngawi, 10 Juli 2025 —") or a weekday is no outlet.
  const named = parts.filter((part) => !isPlace(part) && !/\d{4}|\d{1,2}[/.-]\d{1,2}|^(?:senin|selasa|rabu|kamis|jumat|jum'at|jum’at|sabtu|minggu)\b/iu.test(part));
  if (named.length === 1 && /\p{Lu}/u.test(named[0]!)) return { publisher: named[0] === named[0]!.toUpperCase() ? titleCase(named[0]!) : named[0]!, dateline, sure: false };
  return undefined;
}

/** The first label of a domain or the slug of a name: "klikkalsel.com" → "klikkalsel". */
export function publisherSlug(publisher: string): string {
  return DOMAIN.test(publisher) ? slugify(publisher.split('.')[0]!) : slugify(publisher);
}

/**
 * The publisher an address names, when nothing else does: its site without "www." and the sub-sites of a
 * government portal ("https://humas.paserkab.go.id/…" → "paserkab.go.id", "https://www.radarcontoh.co.id/…" → "radarcontoh.co.id").
 */
export function publisherFromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host === 'localhost') return undefined;
  const labels = host.replace(/^www\./, '').split('.');
  // Second-level names under .id ("go.id", "co.id", "ac.id", "or.id", "web.id", "my.id", "sch.id", "desa.id") keep three labels.
  const keep = labels.length >= 3 && /^(?:go|co|ac|or|web|my|sch|desa|net|ponpes|mil)$/.test(labels.at(-2)!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
