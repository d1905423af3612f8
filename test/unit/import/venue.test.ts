import { describe, expect, test } from 'vitest';
import { findVenue } from '../../../src/lib/import/venue';

describe('findVenue', () => {
  test.each([
    ['Rapat digelar di Ballroom Hotel Mutiara Samarinda Jalan Pahlawan Nomor 3 Samarinda, Selasa.', 'Ballroom Hotel Mutiara Samarinda'],
    ['Pertemuan berlangsung di Aula Kantor Bupati Jl. Ahmad Yani Km 2 pagi itu.', 'Aula Kantor Bupati'],
    ['Tim diterima di Gedung Graha Praja Jln. Merdeka 10.', 'Gedung Graha Praja'],
  ])('a street address after the venue is no part of it: %s', (text, venue) => {
    expect(findVenue(text)?.venue).toBe(venue);
  });

  test.each([
    ['Bupati Kobar menyambangi Kantor Wali Kota Padang pada Kamis lalu.', 'Kantor Wali Kota Padang'],
    ['Anggota DPRD Kabupaten Semarang datangi kantor DPRD Kabupaten Lampung Tengah dalam rangka kunjungan kerja.', 'kantor DPRD Kabupaten Lampung Tengah'],
  ])('a building a verb of visiting takes as its object is where the visit went, to check: %s', (text, venue) => {
    expect(findVenue(text)).toMatchObject({ venue, visited: true });
  });

  test.each([
    'Wakil Wali Kota menerima kunjungan itu di ruang kerjanya didampingi Sekretaris Daerah dan Asisten.',
    'Rombongan diterima Wakil Bupati di ruang kerjanya pada Rabu, 27 Oktober 2021.',
  ])('a room a pronoun owns names no venue: %s', (text) => {
    expect(findVenue(text)).toBeUndefined();
  });

  test.each([
    ['Rapat di Kantor Balai Pelaksanaan Jalan Nasional Sulawesi Tengah berlangsung lancar.', 'Kantor Balai Pelaksanaan Jalan Nasional Sulawesi Tengah'],
    ['Rapat di Ruang Rapat Bidang Jalan Dinas PUPR Kota Palu, Senin.', 'Ruang Rapat Bidang Jalan Dinas PUPR Kota Palu'],
  ])('an office for roads keeps its name: %s', (text, venue) => {
    expect(findVenue(text)?.venue).toBe(venue);
  });

  test.each([
    ['Rombongan disambut di Kantor Walikota Pekan Baru Jumat, (10/12/2021).', 'Kantor Walikota Pekan Baru'],
    ['Diskusi berlangsung di ruang rapat Command Center lt. IV Balai Kota Ambon, Rabu.', 'ruang rapat Command Center lt. IV Balai Kota Ambon'],
    ['Tim diterima di Ruang Audio Visual Dinas Kearsipan dan Perpustakaan Kabupaten Boyolali.', 'Ruang Audio Visual Dinas Kearsipan dan Perpustakaan Kabupaten Boyolali'],
    ['Aplikasi diluncurkan di Setda Purbalingga, Senin (1/10).', 'Setda Purbalingga'],
    ['Diskusi program di Setda Bantaeng bupati pohuwato bersama asisten.', 'Setda Bantaeng'],
    ['Warga berbelanja di Pasar Minggu, Jakarta.', 'Pasar Minggu'],
    ['Rombongan diterima di Rudis Wali Kota Gorontalo, Senin.', 'Rudis Wali Kota Gorontalo'],
    ['Rombongan diterima di Gedung Media Informasi dan Protokol DPRD DKI Jakarta, Senin.', 'Gedung Media Informasi dan Protokol DPRD DKI Jakarta'],
    ['Rapat digelar di Gedung Sate dan Gedung Pakuan bergantian.', 'Gedung Sate'],
    ['Rakernas digelar di Abadi Convention Centre, Kota Jambi, Kamis.', 'Abadi Convention Centre'],
    ['Rombongan disambut di Hall Balaikota Bukittinggi, Selasa.', 'Hall Balaikota Bukittinggi'],
    ['MoU diteken di Tangerang Live Room, Puspemkot Tangerang, Rabu.', 'Tangerang Live Room, Puspemkot Tangerang'],
    ['Rombongan diterima di ruang pertemuan Bappeda Kabupaten Kepulauan Mentawai sebelum rapat staf bulanan dimulai.', 'ruang pertemuan Bappeda Kabupaten Kepulauan Mentawai'],
  ])('a venue stops at a weekday and keeps a floor and an office name: %s', (text, venue) => {
    expect(findVenue(text)?.venue).toBe(venue);
  });

  test('a site (a market, a square, a hotel) is a venue to check; a room or office is not', () => {
    expect(findVenue('Upacara digelar di Alun-alun Kebumen, Senin.')?.site).toBe(true);
    expect(findVenue('Rombongan menginap di Hotel Santika Kendari.')?.site).toBe(true);
    expect(findVenue('Rapat digelar di Aula Kantor Bupati Kebumen, Senin.')?.site).toBeUndefined();
  });
});
