const COLLATOR = new Intl.Collator('id', { numeric: true, sensitivity: 'base' });

/** Compares Indonesian text so that "7 Program" sorts before "12 Gerakan". */
export const compareText = (a: string, b: string): number => COLLATOR.compare(a, b);
