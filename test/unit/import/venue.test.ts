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
    ['Rapat di Kantor Balai Pelaksanaan Jalan Nasional Sulawesi Tengah berlangsung lancar.', 'Kantor Balai Pelaksanaan Jalan Nasional Sulawesi Tengah'],
    ['Rapat di Ruang Rapat Bidang Jalan Dinas PUPR Kota Palu, Senin.', 'Ruang Rapat Bidang Jalan Dinas PUPR Kota Palu'],
  ])('an office for roads keeps its name: %s', (text, venue) => {
    expect(findVenue(text)?.venue).toBe(venue);
  });
});
