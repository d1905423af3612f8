import { expect, test } from 'vitest';
import { escapeRegExp } from '../../../src/lib/import/regexp';

test('escapeRegExp matches a name with syntax characters as written', () => {
  const name = 'Kab. (Pemkab) Lima+Puluh [Kota]';
  expect(new RegExp(`^${escapeRegExp(name)}$`, 'u').test(name)).toBe(true);
  expect(new RegExp(escapeRegExp('Kab.'), 'u').test('Kabx')).toBe(false);
});
