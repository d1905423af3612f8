/** "Banjarbaru Kota Sejuta Kopi" → "banjarbaru-kota-sejuta-kopi": lowercase ASCII, accents dropped, words joined by hyphens. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug a region is written under, as content/ names them: "desa-sri-mulyo", "kota-banjarbaru". */
export const regionSlug = (area: { level: string; name: string }): string => `${area.level}-${slugify(area.name)}`;
