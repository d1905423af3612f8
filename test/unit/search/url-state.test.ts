import { describe, expect, test } from 'vitest';
import { pagefindFilters, readSearchState, safeExcerpt, writeSearchState } from '../../../src/lib/search/url-state';

describe('readSearchState and writeSearchState', () => {
  test('read query, repeated filters and sort from the URL', () => {
    const state = readSearchState(new URLSearchParams('q=+sampah+&jenis=Program&jenis=Kegiatan&wilayah=Kota+Banjarbaru&urut=tanggal&x=1'));
    expect(state).toEqual({ query: 'sampah', filters: { jenis: ['Program', 'Kegiatan'], wilayah: ['Kota Banjarbaru'] }, sort: 'tanggal' });
  });

  test('ignore an unknown sort', () => {
    expect(readSearchState(new URLSearchParams('q=a&urut=acak')).sort).toBeUndefined();
  });

  test('write a stable URL that reads back to the same state', () => {
    const state = { query: 'rt mandiri', filters: { tahun: ['2024', '2023'], jenis: ['Program'] }, sort: 'judul' as const };
    const params = writeSearchState(state);
    expect(params.toString()).toBe('q=rt+mandiri&jenis=Program&tahun=2023&tahun=2024&urut=judul');
    expect(readSearchState(params)).toEqual({ ...state, filters: { jenis: ['Program'], tahun: ['2023', '2024'] } });
  });
});

describe('pagefindFilters', () => {
  test('matches any value within a filter and drops empty filters', () => {
    expect(pagefindFilters({ query: '', filters: { jenis: ['Program', 'Wilayah'], urusan: [] } })).toEqual({ jenis: { any: ['Program', 'Wilayah'] } });
  });
});

describe('safeExcerpt', () => {
  test('keeps match highlights and escapes everything else', () => {
    expect(safeExcerpt('<mark>RT</mark> <script>alert(1)</script> & <b>x</b>')).toBe(
      '<mark>RT</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;x&lt;/b&gt;',
    );
  });
});
