import { COLLECTION_TABLE, COLLECTIONS } from './schemas/collections';

/** Bytes of HTML a page may weigh (README, "Quality gates"): the page-weight report and the content check share it. */
export const HTML_BUDGET_BYTES = 60_000;

/** Site name shown in the header and page titles. */
export const SITE_NAME = 'Tiru';

/** One-line description of the site, used on the home page and in meta tags. */
export const SITE_TAGLINE = 'Basis pengetahuan program pemerintah daerah untuk studi tiru';

/**
 * Web address of the repository holding content/, for "edit this page" links
 * (e.g. https://github.com/org/tiru); set TIRU_REPOSITORY_URL. Without it no edit link is shown.
 */
export const REPOSITORY_URL = (process.env.TIRU_REPOSITORY_URL ?? '').replace(/\/$/, '');

/** Branch the edit links open. */
export const REPOSITORY_BRANCH = process.env.TIRU_REPOSITORY_BRANCH ?? 'main';

/**
 * The main navigation: the list page of each collection the table marks, in table order, with the
 * follow-through page (/adopsi/) after the events it follows.
 */
export const NAV_ITEMS = COLLECTIONS.filter((name) => COLLECTION_TABLE[name].navigation).flatMap((name) => [
  { href: `/${COLLECTION_TABLE[name].section}/`, label: COLLECTION_TABLE[name].label },
  ...(name === 'events' ? [{ href: '/adopsi/', label: 'Adopsi' }] : []),
]);

/**
 * /adopsi/ lists this many pairs awaiting news, oldest first, and this many pairs a page: a pair's row
 * weighs about four times a program's in a list (adopsi.json has them all).
 */
export const FOLLOW_UP_LIST_SIZE = 20;
/** Region–program pairs per page of /adopsi/. */
export const ADOPTION_PAGE_SIZE = 50;

/** Entries per page of the long lists (/program/, /kegiatan/), so each page stays light at national scale. */
export const LIST_PAGE_SIZE = 100;

/** Sources per page of /sumber/: each carries its citing entries, so fewer fit the HTML budget. */
export const SOURCE_PAGE_SIZE = 50;

/** The front page shows this many origin regions, with at most this many programs each. */
export const HOME_ORIGIN_REGIONS = 10;
/** Programs the front page lists per origin region before linking to the rest. */
export const HOME_PROGRAMS_PER_ORIGIN = 8;

/** /sumber/ shows this many citing entries per kind for each source; the source's own page lists all. */
export const SOURCE_LIST_CITATIONS = 8;

/** /glosarium/ shows this many entries using each term; a search for the term finds the rest. */
export const GLOSSARY_USES = 8;
