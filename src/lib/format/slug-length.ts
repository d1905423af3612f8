/**
 * Longest slug Tiru accepts: it becomes a folder of the built site and part of every URL, and
 * Windows checkouts stop at 260 characters for a whole path.
 */
export const MAX_SLUG_LENGTH = 100;

/** A slug cut to the limit at a hyphen, so the scaffolder and the checker's hints never propose a name the checker refuses. */
export const shortenSlug = (slug: string) => (slug.length <= MAX_SLUG_LENGTH ? slug : slug.slice(0, MAX_SLUG_LENGTH + 1).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG_LENGTH));
