import { createHash } from 'node:crypto';

/**
 * A digest of everything a page shows, for Astro's incremental build: a page whose key and code are
 * unchanged since the last build is copied, not rendered again. Views are built in a fixed order, so
 * equal content always serialises to the same JSON.
 */
export function pageKey(shown: unknown): string {
  return createHash('sha256').update(JSON.stringify(shown)).digest('base64url');
}
