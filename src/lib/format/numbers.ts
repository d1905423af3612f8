const ANGKA = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** 837062 → "837.062", 12387.28 → "12.387,28" (Indonesian separators); text passes through. */
export function formatAngka(value: number | string): string {
  return typeof value === 'number' ? ANGKA.format(value) : value;
}
