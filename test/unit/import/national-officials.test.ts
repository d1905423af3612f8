import { describe, expect, test } from 'vitest';
import { findNationalOfficials } from '../../../src/lib/import/national-officials';

const read = (text: string) => findNationalOfficials(text).map((p) => [p.name, p.role, p.unsure ?? false]);

describe('findNationalOfficials', () => {
  test.each([
    ['Menteri Perhubungan RI, Rahmat Hidayat memberi sambutan.', 'Rahmat Hidayat', 'Menteri Perhubungan RI'],
    ['Acara dibuka Direktur Jenderal Bina Keuangan Daerah Kementerian Dalam Negeri RI (Dirjen Keuda Kemendagri) Sari Purnama, Senin.', 'Sari Purnama', 'Direktur Jenderal Bina Keuangan Daerah Kementerian Dalam Negeri RI'],
    ['kata Deputi bidang Reformasi Birokrasi Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB) Lukman Hakim yang hadir daring.', 'Lukman Hakim', 'Deputi bidang Reformasi Birokrasi Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (PANRB)'],
    ['Hadir pula Kepala Pusat Kajian Kebijakan, Lembaga Administrasi Negara (LAN) RI, Nur Aini.', 'Nur Aini', 'Kepala Pusat Kajian Kebijakan, Lembaga Administrasi Negara (LAN) RI'],
    ['Sambutan untuk Deputi Bidang Inovasi Lembaga Administrasi Negara Republik Indonesia Bapak Dr. Andi Wijaya beserta rombongan.', 'Dr. Andi Wijaya', 'Deputi Bidang Inovasi Lembaga Administrasi Negara Republik Indonesia'],
    ['Kepala ANRI Made Sudarma menyerahkan plakat.', 'Made Sudarma', 'Kepala ANRI'],
  ])('an office that ends in its national body, then the name: %s', (text, name, role) => {
    expect(read(text)).toEqual([[name, role, false]]);
  });

  test('a name of one word, or one running on, is likely only', () => {
    expect(read('Jaksa Agung RI Burhan Sanjaya Memberi Arahan')).toEqual([['Burhan Sanjaya', 'Jaksa Agung RI', true]]);
    expect(read('Menteri Sosial RI, Tri, membuka acara.')).toEqual([['Tri', 'Menteri Sosial RI', true]]);
  });

  test.each([
    'Kepala Bappeda Kota Madiun (KM) Budi Santoso hadir.',
    'Kepala Dinas Kesehatan (Dinkes) Siti Rahma hadir.',
    'Kepala Desa Sukamaju Ahmad Yani membuka acara.',
  ])('a regional office, or a short form after no national body, is not a national one: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
