const ANGKA = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** 837062 → "837.062", 12387.28 → "12.387,28" (Indonesian separators); text passes through. */
export function formatAngka(value: number | string): string {
  return typeof value === 'number' ? ANGKA.format(value) : value;
}

/** 75000000 → "Rp75.000.000", the form Indonesian official writing uses. */
export function formatRupiah(amount: number): string {
  return `Rp${ANGKA.format(amount)}`;
}
