import { beforeAll, describe, expect, test } from 'vitest';
import { loadImportContext } from '../../../src/lib/import/context';
import { extractArticle } from '../../../src/lib/import/extract';
import type { ImportContext } from '../../../src/lib/import/proposal';
import { findPeople, personKey, withPlaceOutOfName } from '../../../src/lib/import/people';
import { splitSentences } from '../../../src/lib/import/text';

let context: ImportContext;
beforeAll(async () => {
  context = await loadImportContext('test/fixtures/content');
});

const parties = (text: string) => {
  const { event } = extractArticle({ text, published: '2024-12-01' }, context);
  return { host: event.host, guests: event.guests, sure: event.evidence['host']?.sure, people: event.people.map((p) => [p.name, p.role, p.region]) };
};
const people = (text: string, places: string[] = []) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, p.role]);

describe('parties of a visit', () => {
  test('a venue named beside another place is kept to check; one named alone is sure', () => {
    const venue = (line: string) => {
      const { event } = extractArticle({ text: `Judul\nSEMARANG, a.id – Rombongan Pemkab Sijunjung studi tiru ke Kota Semarang ${line}, Senin (29/7/2024).`, published: '2024-08-01' }, context);
      return [event.venue, event.evidence['venue']?.sure];
    };
    expect(venue('di Balai Kota Semarang')).toEqual(['Balai Kota Semarang', true]);
    expect(venue('di Co-working Space BRIN, di Balai Kota Semarang')).toEqual(['Balai Kota Semarang', false]);
    expect(venue('di ruangannya kemudian berlanjut di Aula Serbaguna')).toEqual(['Aula Serbaguna', false]);
  });

  test("an office's rank and the end of an institution's name are no one's name", () => {
    const { people } = parties('Judul\nBANDA ACEH, a.id – Kunjungan dipimpin Asisten Administrasi Umum Setda Kota Banda Aceh, M. Nurdin, didampingi Direktur Utama RSUD Meuraxa, Plt Kepala Dinas Kominfo, Senin (2/6/2025).');
    expect(people.map(([name]) => name)).toEqual(['M. Nurdin']);
  });

  test('a serial comma before "dan" joins the last visitor to the list', () => {
    expect(parties('Judul\nSURABAYA, a.id – Pemkab Sleman, Pemkab Bantul, dan Pemkab Kulon Progo melakukan studi tiru ke Kota Surabaya, Rabu (4/9/2024).').guests).toEqual(['34.04', '34.02', '34.01']);
  });

  test('a headline naming another host than the body leaves the host to check', () => {
    const conflict = parties('Pemkab Lamongan Belajar ke Pemkab Badung\nLAMONGAN, a.id – Pemkab Lamongan melakukan studi banding ke Kabupaten Bandung, Rabu (18/11/2015).');
    expect([conflict.host, conflict.guests, conflict.sure]).toEqual(['32.04', ['35.24'], false]);
    const agreeing = parties('Pemkab Lamongan Belajar ke Pemkab Badung\nLAMONGAN, a.id – Pemkab Lamongan melakukan studi banding ke Kabupaten Badung, Rabu (18/11/2015).');
    expect([agreeing.host, agreeing.sure]).toEqual(['51.03', true]);
  });

  test('a verb of holding in a relative clause about others ("yang daerahnya melaksanakan …") makes no host', () => {
    const found = parties('Judul\nMANADO, a.id – Bupati Kepulauan Sangihe, Michael Thungari, menghadiri rapat koordinasi bersama para bupati yang daerahnya melaksanakan pilkada, Selasa (12/3/2024).');
    expect(found.sure).not.toBe(true);
  });

  test('a regency printed as one word, or named after its seat, is that regency', () => {
    expect(parties('Judul\nBANYUASIN, a.id – TP PKK Kota Pangkalpinang melakukan studi tiru ke Kabupaten Banyuasin, Senin (17/1/2022).').guests).toEqual(['19.71']);
    expect(parties('Judul\nTERNATE, a.id – Bupati Muara Tebo, Sukardi, melakukan kunjungan kerja ke Kota Ternate, Rabu (11/7/2018).').guests).toEqual(['15.09']);
  });

  test('guests only listed by a later sentence are proposed but not sure, though the reception frame is', () => {
    const { event } = extractArticle({ text: 'Judul\nSLEMAN, a.id – Tiga kepala daerah datang, Sabtu (20/7/2024). Mereka adalah Bupati Sambas Siti Rahmah dan Bupati Wajo Andi Baso.\nRombongan diterima Sekda Sleman Yuliani Pratiwi di Pendopo Parasamya.' }, context);
    expect([event.host, event.evidence['host']?.sure]).toEqual(['34.04', true]);
    expect([event.guests, event.evidence['guests']?.sure]).toEqual([['61.01', '73.13'], false]);
  });

  test('a second delegation received by the same host is a guest too; an earlier visitor in a quote is not', () => {
    const two = parties('Judul\nKENDAL, a.id – Kepala Dinas Kabupaten Kendal, Sri Wahyuni, mengatakan kunjungan ke Kota Salatiga bertujuan belajar, Kamis (6/6/2024).\nKepala Dinas Kabupaten Rembang, Hartono, menambahkan, kunjungan ke Kota Salatiga ini menjadi bekal.');
    expect(two.host).toBe('33.73');
    expect(two.guests).toEqual(['33.24', '33.17']);
    const earlier = parties('Judul\nBENGKULU – Pemerintah Kota Palembang melakukan studi banding ke Pemerintah Kota Bengkulu, Rabu (25/11/2020).\nSebelumnya Kota Prabumulih juga pernah belajar ke Kota Bengkulu.');
    expect(earlier.guests).toEqual(['16.71']);
  });

  test('one delegation that also went elsewhere: the second stop is named in a warning, not as a host or a guest', () => {
    const p = extractArticle({ text: 'Judul\nPEKALONGAN, a.id – Wakil Wali Kota Tidore Kepulauan Rahmat Sangaji melakukan studi tiru ke Pemerintah Kota Pekalongan, Selasa (8/10/2024).\nSehari sebelumnya, rombongan juga berkunjung ke Kelurahan Kauman, Kabupaten Batang.' }, context);
    expect([p.event.host, p.event.guests]).toEqual(['33.75', ['82.72']]);
    expect(p.warnings.filter((w) => w.startsWith('rombongan juga berkunjung'))).toEqual([expect.stringContaining('Kabupaten Batang')]);
  });

  test('every delegation one sentence names is a guest; after "ke", a one-word name one regency bears is a place', () => {
    const two = parties('Judul\nSUMENEP, a.id – Pemkab Sumenep menerima kunjungan studi tiru, Senin (2/9/2024).\nSelain rombongan Pemkab Kupang, hadir pula rombongan Pemerintah Kabupaten Bone Bolango.');
    expect(two.guests).toEqual(['53.01', '75.03']);
    const bare = parties('Judul\nPemkab Lebak dan Pemkab Kapuas melakukan studi tiru ke Banyuwangi, Kamis (28/2/2019).');
    expect([bare.host, bare.guests]).toEqual(['35.10', ['36.02', '62.03']]);
  });

  test('a headline-style reception without its prefix: "X sambut kunjungan kerja dari Y"', () => {
    const found = parties('Judul\nJAMBI, a.id – DPRD Provinsi Jambi sambut kunjungan kerja dari DPRD Kota Palembang, Senin (4/1/2021).');
    expect([found.host, found.guests]).toEqual(['15', ['16.71']]);
  });

  test('a council joined to a government by "dan" is a second guest; the guests\' own regency never hosts', () => {
    const council = parties('Judul\nBANYUWANGI, a.id – Rombongan Pemkab Sukoharjo dan DPRD Kota Sabang studi tiru ke Kabupaten Banyuwangi, Kamis (9/3/2017).');
    expect([council.host, council.guests]).toEqual(['35.10', ['33.11', '11.72']]);
    const group = parties('Judul\nBALANGAN, a.id – Desa Antah menerima kunjungan KIM Warto Sae dari Desa Puncak Harapan, Kabupaten Tapin, Kamis (27/2/2025).');
    expect(group.host).toBeUndefined();
    expect(group.guests).toEqual(['63.05.10.2006']);
  });

  test('a province the article names only as a place hosts nothing but locates the visit; named as a government it hosts', () => {
    const place = extractArticle({ text: 'Judul\nBALI – Sejumlah kepala desa di Kabupaten Buton Tengah melakukan studi banding di Bali, Selasa (12/8/2025).', published: '2025-08-12' }, context);
    expect([place.event.host, place.event.location, place.event.guests]).toEqual([undefined, '51', ['74.14']]);
    expect(place.warnings).toContain('Provinsi Bali disebut sebagai tempat kunjungan, bukan sebagai pemerintah; tuan rumah (host) isi sendiri bila ada');
    const named = parties('Judul\nPADANG, a.id – DPRD Provinsi Jambi melakukan studi banding ke DPRD Provinsi Sumatera Barat, Selasa (23/1/2024).');
    expect([named.host, named.guests, named.sure]).toEqual(['13', ['15'], true]);
  });

  test('a visit "ke Provinsi X" received by a regency of X: the regency hosts, surely, and the province is no second stop', () => {
    const p = extractArticle({ text: 'Judul\nRombongan Pemkot Probolinggo melakukan studi tiru ke Provinsi NTT, Rabu (5/3/2025).\nKedatangan rombongan Pemkot Probolinggo disambut Bupati Sikka Yohanes Gega di Aula Sikka.' }, context);
    expect([p.event.host, p.event.guests, p.event.evidence['host']?.sure]).toEqual(['53.07', ['35.74'], true]);
    expect(p.warnings.filter((w) => w.startsWith('rombongan juga berkunjung'))).toEqual([]);
  });

  test('visitors of whom only "sebagian" come from a region: no guest when it names the region, never a sure one otherwise', () => {
    const some = parties('Judul\nPadang - Peserta pelatihan yang sebagian besar dari Kota Cirebon, dan sebagian lagi dari Bangka Belitung, diterima Wali Kota Padang Hendri Septa, Senin (3/3/2025).');
    expect([some.host, some.guests]).toEqual(['13.71', []]);
    const { event } = extractArticle({ text: 'Judul\nPadang - Peserta pelatihan, yang sebagian besar pejabat eselon IV, dari Kota Cirebon diterima Wali Kota Padang Hendri Septa, Senin (3/3/2025).' }, context);
    expect([event.host, event.guests, event.evidence['guests']?.sure]).toEqual(['13.71', ['32.74'], false]);
  });

  test('"Kedatangan X" opening a sentence is the arrival, not a reception; a clause of time before the subject is no subject', () => {
    const arrival = parties('Judul\nKedatangan Wakil Wali Kota Probolinggo disambut langsung oleh Bupati Sikka Yohanes Gega, Rabu (5/3/2025).');
    expect([arrival.host, arrival.guests]).toEqual(['53.07', ['35.74']]);
    const clause = parties('Judul\nBangli, a.id – Pemkab Solok lakukan studi tiru di tiga desa wisata, Sabtu (14/6/2025).\nSetelah sebelumnya di desa Nglanggeran Kabupaten Gunungkidul, rombongan Bupati melakukan studi tiru di desa wisata yang berada di Kabupaten Bangli.');
    expect([clause.host, clause.guests]).toEqual(['51.06', ['13.02']]);
  });

  test('a counted list of the visiting governments ("Dua kabupaten tersebut yaitu …; sedangkan kota yaitu …") gives the guests, unsure', () => {
    const { event } = extractArticle({ text: 'Judul\nTaliwang – Dua kabupaten dan satu kota melakukan kunjungan kerja ke Pemerintah Kab. Sumbawa Barat, Rabu (14/5/2025). Dua kabupaten tersebut yaitu DPRD Kabupaten Gresik Provinsi Jawa Timur dan Pemerintah Kabupaten Klungkung. Sedangkan, kota yaitu Kota Kediri.' }, context);
    expect([event.host, event.guests, event.evidence['guests']?.sure]).toEqual(['52.07', ['35.25', '51.05', '35.71'], false]);
  });

  test('an outlet\'s domain before the dateline\'s place ("WARTA.CO, OGAN KOMERING ILIR –") is no subject', () => {
    const found = parties('Judul\nWARTA.CO, OGAN KOMERING ILIR – Anggota DPRD Kota Jambi melakukan kunjungan kerja ke DPRD Kabupaten Ogan Komering Ilir, Senin (24/5/2021).');
    expect([found.host, found.guests]).toEqual(['16.02', ['15.71']]);
  });

  test('one trip to two hosts ("ke Kota X dan Kabupaten Y"): the first hosts, unsure, and the second is named in a warning', () => {
    const p = extractArticle({ text: 'Judul\nMAKASSAR, a.id – Pemkab Wajo melakukan studi tiru ke Kota Makassar dan Kabupaten Gowa, Senin (1/12/2025).' }, context);
    expect([p.event.host, p.event.guests, p.event.evidence['host']?.sure]).toEqual(['73.71', ['73.13'], false]);
    expect(p.warnings.filter((w) => w.startsWith('rombongan juga berkunjung'))).toEqual([expect.stringContaining('Kabupaten Gowa')]);
  });

  test('visitors named by what they are ("Delapan kepala daerah menyerbu Banyuwangi"): the place is the host, unsure', () => {
    const found = parties('Judul\nBANYUWANGI, a.id – Delapan kepala daerah menyerbu Banyuwangi untuk belajar inovasi, Selasa (4/11/2025). Mereka adalah Bupati Sambas Satono dan Bupati Wajo Amran Mahmud.');
    expect([found.host, found.guests, found.sure]).toEqual(['35.10', ['61.01', '73.13'], false]);
  });

  test('"selain X juga bersama dengan Kabupaten Y": both are guests, unsure; "Pangkajene dan Kepulauan" is one name', () => {
    const { event } = extractArticle({ text: 'Judul\nKOTA METRO, a.id – Pemerintah Kabupaten Tanggamus melakukan studi tiru ke Pemerintah Kota Metro, Rabu (19/11/2025). Kunjungan tersebut selain Tanggamus juga bersama dengan Kabupaten Pringsewu.' }, context);
    expect([event.host, event.guests, event.evidence['guests']?.sure]).toEqual(['18.72', ['18.06', '18.10'], false]);
    expect(parties('Judul\nRombongan Pemerintah Kabupaten Pangkajene dan Kepulauan melakukan studi tiru ke Kota Parepare, Kamis (16/10/2025).').guests).toEqual(['73.10']);
    // NTB's regencies by their short names ("Pemkab Lotim", "KSB").
    expect(parties('Judul\nRombongan Pemkab Lotim melakukan studi tiru ke Kota Mataram, Kamis (16/10/2025).').guests).toEqual(['52.03']);
    // The registry writes some names as one word: "Palangka Raya" is Kota Palangkaraya.
    expect(parties('Judul\nDPRD Kabupaten Katingan melakukan kunjungan kerja ke DPRD Kota Palangka Raya, Rabu (12/3/2025).').host).toBe('62.71');
  });

  test('where one or some visitors come from ("satu peserta dari Kabupaten X, Provinsi Y", "salah satu peserta Kabupaten X") sends no guest', () => {
    const found = parties('Judul\nLAHAT, a.id – Pemkab Lahat menerima peserta pelatihan, Kamis (14/8/2025). Peserta datang dari berbagai kabupaten serta satu peserta dari Kabupaten Kaur, Provinsi Bengkulu.\nWakil Bupati menerima cenderamata dari salah satu peserta Kabupaten Kepahiang, Provinsi Bengkulu.');
    expect([found.host, found.guests]).toEqual(['16.04', []]);
  });

  test('a visit to an institution "di" a place ("studi banding ke BUMDA di Desa Kutuh, Kecamatan Kuta Selatan") is hosted by the place', () => {
    const found = parties('Judul\nKARAWANG, a.id – Sebanyak 90 kepala desa di Kabupaten Karawang melakukan studi banding ke Badan Usaha Milik Desa Adat (BUMDA) di Desa Kutuh, Kecamatan Kuta Selatan, Kabupaten Badung, Rabu (7/9/2022).');
    expect([found.host, found.guests]).toEqual(['51.03.05.2003', ['32.15']]);
  });

  test('a quotation before its speaker names no subject; a visit told in the passive ("yang digelar oleh X") has X as guest', () => {
    const quoted = parties('Judul\nBATANG, a.id – “Batik masuk lewat Bali dan Lombok ke Kabupaten Manggarai Barat,” kata Bupati Batang Wihaji saat berkunjung ke Kabupaten Manggarai Barat, Sabtu (14/4/2018).');
    expect([quoted.host, quoted.guests]).toEqual(['53.15', ['33.25']]);
    const passive = parties('Judul\nJEPARA, a.id – Studi tiru ukir kayu di Kabupaten Jepara, yang digelar oleh Gubernur Sulawesi Barat dan rombongan, Jawa Tengah, Selasa (10/5/2022).');
    expect([passive.host, passive.guests]).toEqual(['33.20', ['76']]);
  });

  test('a full stop printed without its space ends a sentence after a lower-case word, not after a title or an initial', () => {
    expect(splitSentences('Tamu datang guna study banding.Rombongan itu terdiri dari lurah. Hadir Ir.Okmal dan M.Yusrin.').map((s) => s.text)).toEqual([
      'Tamu datang guna study banding.',
      'Rombongan itu terdiri dari lurah.',
      'Hadir Ir.Okmal dan M.Yusrin.',
    ]);
  });

  test('an office of a government visits: "rombongan Diskominfo Kabupaten X mengunjungi ruang … di Kantor … Kota Y"', () => {
    const found = parties('Judul\nBLITAR, a.id – Setelah berdiskusi, rombongan Diskominfo Kabupaten Sumbawa mengunjungi ruang server di Kantor Diskominfo Kota Blitar, Rabu (11/9/2024).');
    expect([found.host, found.guests, found.sure]).toEqual(['35.72', ['52.04'], true]);
  });

  test('a delegation named by an office or a village group, without a frame, is a guest', () => {
    const found = parties('Judul\nBLITAR, a.id – Wali Kota Blitar Ahmad Fauzan menerima kunjungan di Balai Kota Blitar, Rabu (11/9/2024).\nRombongan Dinas Komunikasi dan Informatika Kabupaten Sumbawa tiba pagi hari.');
    expect(found.host).toBe('35.72');
    expect(found.guests).toEqual(['52.04']);
  });

  test('"Mereka adalah …" (and "Ada pula …" after it) and "Rombongan itu terdiri dari …" list the visitors of a reception', () => {
    const heads = parties('Judul\nSOLO, a.id – Wali Kota Surakarta Bambang Prasetyo menerima kunjungan dua kepala daerah di Balai Kota Surakarta, Jumat (12/7/2024).\nMereka adalah Wali Kota Tarakan Hj. Nurlela dan Wakil Bupati Paser Rudi Hartono.');
    expect(heads.guests).toEqual(['65.71', '64.01']);
    const continued = parties('Judul\nSOLO, a.id – Wali Kota Surakarta Bambang Prasetyo menerima kunjungan tiga kepala daerah di Balai Kota Surakarta, Jumat (12/7/2024).\nMereka adalah Wali Kota Tarakan Hj. Nurlela dan Wakil Bupati Paser Rudi Hartono. Ada pula Wakil Bupati Sumba Timur Yosef Ndapa.');
    expect(continued.guests).toEqual(['65.71', '64.01', '53.11']);
    // Without a list before it, "Ada pula …" lists no one: the official it names is a guest only as an official of
    // another government present at a visit, to check.
    const { event: alone } = extractArticle({ text: 'Judul\nSOLO, a.id – Wali Kota Surakarta menerima kunjungan di Balai Kota Surakarta, Jumat (12/7/2024).\nAda pula Wakil Bupati Sumba Timur Yosef Ndapa.', published: '2024-12-01' }, context);
    expect([alone.guests, alone.evidence['guests']?.sure]).toEqual([['53.11'], false]);
    const lurah = parties('Judul\nMALANG, a.id – Kecamatan Lowokwaru kedatangan tamu, Jumat (19/5/2017).\nRombongan itu terdiri dari 12 lurah se-Kecamatan Banjarmasin Selatan.');
    expect(lurah.guests).toEqual(['63.71.01']);
  });

  test('a visit that names its place only after "di" later in the sentence: host proposed, never sure', () => {
    const found = parties('Judul\nPemdes Tanjungsari Kecamatan Boyolangu, Kabupaten Tulungagung melaksanakan studi banding bersama pengurus BUMDes pada Sabtu, 8 Juni 2024 di Balai Desa Ponggok Kecamatan Polanharjo Kabupaten Klaten.');
    expect(found.guests).toEqual(['35.04.02.2013']);
    expect(found.host).toBe('33.10.17.2011');
    expect(found.sure).toBe(false);
  });

  test('a short name defined in brackets after a regency stands for it later ("Minahasa Selatan (Minsel)")', () => {
    const found = parties('Judul\nBITUNG, a.id – Wali Kota Bitung menerima kunjungan Pemerintah Kabupaten Bolaang Mongondow Timur (Boltim), Senin (3/3/2025).\nRombongan dipimpin Wakil Bupati Boltim, Pendeta Daniel Sumampouw.');
    expect(found.guests).toEqual(['71.10']);
    expect(found.people).toContainEqual(['Pendeta Daniel Sumampouw', 'Wakil Bupati Boltim', '71.10']);
  });
});

describe('people', () => {
  test("an office holder's spouse and a program named after an office are no holder", () => {
    expect(people('Rombongan dipimpin Istri Wali Kota Tanjungpinang, Ny Sari Wulandari.', ['Tanjungpinang'])).toEqual([]);
    expect(people('Mereka mempelajari Program Bupati Berkantor di Desa.')).toEqual([]);
  });

  test('"Name yang juga menjabat sebagai Office" names the holder; a lower-case member only of a body up to its place', () => {
    expect(people('Rombongan dipimpin Monica Haprinda yang juga menjabat sebagai Ketua TP PKK Kota Pangkalpinang.', ['Kota Pangkalpinang'])).toEqual([['Monica Haprinda', 'Ketua TP PKK Kota Pangkalpinang']]);
    expect(people('Hadir anggota Badan Kehormatan DPRD Kabupaten Banyuasin, Thabrani.', ['Kabupaten Banyuasin'])).toEqual([['Thabrani', 'anggota Badan Kehormatan DPRD Kabupaten Banyuasin']]);
    expect(people('Rombongan terdiri dari pengurus PKK, anggota BPD, Karang Taruna dan wartawan.')).toEqual([]);
  });

  test('an office printed between a name and a later office is no degree of that name', () => {
    expect(people('Hadir Sekdakot Salatiga Ir. Wuri Pujiastuti, Ketua TP. PKK, Asisten Pemerintahan Kota Salatiga, dan para kepala OPD.', ['Kota Salatiga', 'Salatiga'])).toEqual([['Ir. Wuri Pujiastuti', 'Sekretaris Daerah Salatiga']]);
  });

  test('a member named before "mewakili" a council commission; a commission alone names no one', () => {
    expect(people('Junaedi, mewakili Komisi I DPRD Kabupaten Tangerang, menyampaikan maksud kunjungan.', ['Kabupaten Tangerang'])).toEqual([['Junaedi', 'Komisi I DPRD Kabupaten Tangerang']]);
    expect(people('Komisi I DPRD Kabupaten Tangerang Junaedi Hasan hadir.', ['Kabupaten Tangerang'])).toEqual([]);
    // The units of the forum of regional leaders (military district, police, prosecutors, courts) are offices, never names.
    expect(people('Hadir pula Komandan Koramil Sungai Lilin, Kapolsek dan Ketua Pengadilan Negeri.')).toEqual([]);
    expect(people('Rombongan disambut Komandan Kodim Brebes, Kapolres dan Kepala Kejaksaan Negeri.', ['Brebes'])).toEqual([]);
  });

  test('short forms of offices: Sekdakab, Sekkot, Wawali; an office short form in brackets; "Sekkot Ambon" is no name', () => {
    expect(people('diterima Sekdakab Malang, Didik Santoso dan pejabat.', ['Malang'])).toEqual([['Didik Santoso', 'Sekretaris Daerah Malang']]);
    expect(people('terdiri dari Wakil Wali Kota Ambon, Sekkot Ambon, para camat.', ['Ambon'])).toEqual([]);
    expect(people('bersama Wakil Wali Kota (wawali) Palu, dr Reny Lamadjido menerima tamu.', ['Palu'])).toEqual([['dr Reny Lamadjido', 'Wakil Wali Kota Palu']]);
  });

  test('"Office Place – Name" with a dash, and a unit whose fields are listed with commas', () => {
    expect(people('Mereka adalah Bupati Sambas Kalimantan Barat – Siti Rahmah, dan Wakil Bupati Bima – Rusdi Hamzah.', ['Sambas', 'Kalimantan Barat', 'Bima'])).toEqual([
      ['Siti Rahmah', 'Bupati Sambas'],
      ['Rusdi Hamzah', 'Wakil Bupati Bima'],
    ]);
    expect(people('diterima Kasubag Humas, Protokol dan Publikasi Sekretariat DPRD Kota Kediri, Agus Salim, di ruang rapat.', ['Kota Kediri'])).toEqual([
      ['Agus Salim', 'Kasubag Humas, Protokol dan Publikasi Sekretariat DPRD Kota Kediri'],
    ]);
    // A comma before a second office still separates two people; a short unit head without its unit is no office.
    expect(people('Para Kepala OPD, Camat Air Salek Meri Hasan, hadir. Kabag Persidangan menutup rapat.', ['Air Salek'])).toEqual([['Meri Hasan', 'Camat Air Salek']]);
  });

  test('a list of offices without names, a headline verb and a weekday after a name give no people', () => {
    expect(people('Hadir Kepala Dinas Kepemudaan dan Olah Raga, Kepala Bagian Pemerintahan, serta Camat Wates Bambang Tri.', ['Wates'])).toEqual([['Bambang Tri', 'Camat Wates']]);
    expect(people('Kades Taja Mulya Ikuti Upacara HUT bersama warga.', ['Taja Mulya'])).toEqual([]);
    // A name before "sebagai" and the office holds it; "Periode" after an office is no name.
    expect(people('Sleman kini dipimpin Kustini dan Danang Maharsa sebagai Wakil Bupati Sleman periode 2021-2026.', ['Sleman'])).toEqual([['Danang Maharsa', 'Wakil Bupati Sleman']]);
    expect(people('Kota itu dipimpin Ahmad Rizal sebagai Wakil Walikota Periode 2018-2023.')).toEqual([]);
    // A professor's title without its dot is a title, as "Dr" is; so is a captain's "Capt.".
    expect(people('MoU diteken Bupati Solok Capt. H. Epyardi Asda dan Wali Kota Sawahlunto.', ['Solok', 'Sawahlunto'])).toEqual([['Capt. H. Epyardi Asda', 'Bupati Solok']]);
    expect(people('Kepala BPSDM Sulsel Prof Dr Muhammad Jufri, M.Si membuka acara.', ['Sulsel']).map(([name]) => personKey(name!))).toEqual(['muhammad jufri']);
    // A headline's verb right after the office, or inside the words after it: "Bupati Tegaskan …", "Camat Aktif Tertibkan …".
    expect(people('Bupati Tegaskan Seluruh Jajaran Terus Tingkatkan Inovasi')).toEqual([]);
    expect(people('Bupati Minta Camat Aktif Tertibkan Prokes di Wilayahnya')).toEqual([['Aktif', 'Camat']]);
    expect(people('Bupati Banyuasin Askolani Jum’at lalu meninjau.', ['Banyuasin'])).toEqual([['Askolani', 'Bupati Banyuasin']]);
    expect(people('Kepala Dinas Koperindag Erwin Ibrahim menjelaskan.')).toEqual([['Erwin Ibrahim', 'Kepala Dinas Koperindag']]);
  });

  test('a village named on past what the registry knows, a doubled level word and "Desa Wisata" give no person; delegation leaders, "Sekwan", "Wakil Ketua", "Sekertaris", "Ny"', () => {
    expect(people('disambut Kepala Desa Candi Kuning, I Made Sudana dan warga.', ['Candi'])).toEqual([['I Made Sudana', 'Kepala Desa Candi Kuning']]);
    expect(people('bersama Balitbang, Kepala Desa Desa Kubu serta Ketua Pengelola Desa Wisata Penglipuran.')).toEqual([]);
    expect(people('Anang Warsito, SH, pimpinan rombongan DPRD Bojonegoro menyampaikan.', ['DPRD Bojonegoro'])).toEqual([['Anang Warsito, SH', 'pimpinan rombongan DPRD Bojonegoro']]);
    expect(people('diterima Sekretaris Dewan (Dewan) Hilwen dan ditemui Sekwan, Raflis.')).toEqual([['Hilwen', 'Sekretaris Dewan'], ['Raflis', 'Sekwan']]);
    expect(people('hadir Staf Ahli Bupati Yosef Sabon dan Ketua Ikatan Wanita Pengusaha Ny Rosa Dalima.')).toEqual([
      ['Yosef Sabon', 'Staf Ahli Bupati'],
      ['Rosa Dalima', 'Ketua Ikatan Wanita Pengusaha'],
    ]);
    expect(people('diterima Wakil Bupati Manggarai Barat DR Drh Maria Geong.', ['Manggarai Barat'])).toEqual([['DR Drh Maria Geong', 'Wakil Bupati Manggarai Barat']]);
    expect(people('didampingi Sekertaris Daerah Ir. Markus Lewa dan Wakil Ketua Dekranasda Ny Theresia Bunga.')).toEqual([
      ['Ir. Markus Lewa', 'Sekretaris Daerah'],
      ['Theresia Bunga', 'Wakil Ketua Dekranasda'],
    ]);
  });

  test('office acronyms (Bapelitbangda, Disdukcapil, Dinkes) are units, never names', () => {
    expect(people('didampingi Kepala Bapelitbangda Liny Tambajong dan Kepala Disdukcapil Rudi Hartono.')).toEqual([
      ['Liny Tambajong', 'Kepala Bapelitbangda'],
      ['Rudi Hartono', 'Kepala Disdukcapil'],
    ]);
  });

  test('nicknames in quotes or brackets stay in the name and out of its key; a form of address is dropped', () => {
    expect(people('diterima Wali Kota Makassar Moh. Ramdhan ‘Danny’ Pomanto di ruangannya.', ['Makassar'])).toEqual([['Moh. Ramdhan ‘Danny’ Pomanto', 'Wali Kota Makassar']]);
    expect(people('Wali Kota Banjarbaru HM Aditya Mufti Ariffin (Ovie) hadir.', ['Banjarbaru'])).toEqual([['HM Aditya Mufti Ariffin (Ovie)', 'Wali Kota Banjarbaru']]);
    expect(personKey('HM Aditya Mufti Ariffin (Ovie)')).toBe('aditya mufti ariffin');
    expect(people('paparan dari Kepala Desa Karangtalun, Bapak Heru Catur Wibowo dan pengelola.', ['Karangtalun'])).toEqual([['Heru Catur Wibowo', 'Kepala Desa Karangtalun']]);
  });

  test('epithets are no people: a slogan followed by its initials, and a speaker called by an epithet', () => {
    const text = 'Bupati Tulang Bawang Hj. Winarti berkunjung. "Bagus," urai Bupati Gotong Royong. Lalu Bupati Bergerak Melayani Warga (BMW) panen sayur.';
    expect(people(text, ['Tulang Bawang'])).toEqual([['Hj. Winarti', 'Bupati Tulang Bawang']]);
    // A second Bupati named without a region and not as a speaker is kept.
    expect(people('Bupati Tulang Bawang Hj. Winarti bertemu Bupati Sutrisno.', ['Tulang Bawang'])).toHaveLength(2);
  });
  test('a frame that leaves doubt keeps the person but marks them unsure', () => {
    const unsure = (text: string, places: string[] = []) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, Boolean(p.unsure)]);
    // A candidate or a former holder does not hold the office now.
    expect(unsure('Hadir pula Calon Bupati Sleman Rudi Hartanto.', ['Sleman'])).toEqual([['Rudi Hartanto', true]]);
    expect(unsure('Turut hadir mantan Wali Kota Blitar Suyatno Adi.', ['Blitar'])).toEqual([['Suyatno Adi', true]]);
    // A unit that wants its place next, then an unknown word glued to the name: that word may be the place.
    expect(unsure('Acara dibuka Kabag Organisasi Setda Bantim Rahmi Said.')).toEqual([['Bantim Rahmi Said', true]]);
    // A regency's short name that news prints is a place, never a name's first word.
    expect(unsure('Acara dibuka Kabag Organisasi Setda Lutim Rahmi Said.')).toEqual([['Rahmi Said', false]]);
    expect(unsure('Rombongan disambut Camat Sungai Lilin Budi Santoso.')).toEqual([['Sungai Lilin Budi Santoso', true]]);
    // With the place known, or a comma after the office, the frame is clear.
    expect(unsure('Acara dibuka Kabag Organisasi Setda Sleman Rahmi Said.', ['Sleman'])).toEqual([['Rahmi Said', false]]);
    expect(unsure('Rombongan disambut Camat, Dewi Sartika.')).toEqual([['Dewi Sartika', false]]);
    // A married woman's form of address before a head's office may name the holder's wife; the PKK she chairs is hers.
    expect(unsure('Tampak hadir Ibu Bupati Sleman Ratna Sari.', ['Sleman'])).toEqual([['Ratna Sari', true]]);
    expect(unsure('Hadir pula Ny. Ratna Sari, Bupati Sleman, bersama rombongan.', ['Sleman'])).toEqual([['Ratna Sari', true]]);
    expect(unsure('Hadir pula Ny. Ratna Sari, Ketua TP PKK Sleman, bersama rombongan.', ['Sleman'])).toEqual([['Ratna Sari', false]]);
    // Undotted initials inside a name are part of it; a name cut after a short form of Muhammad is to check.
    expect(unsure('Hadir Sekda Sleman Sayid MN Fadli dalam acara itu.', ['Sleman'])).toEqual([['Sayid MN Fadli', false]]);
    expect(unsure('Hadir Wali Kota Blitar Moh\nRusdi Hamid.', ['Blitar'])).toEqual([['Moh', true]]);
    // One clear mention of the same person is enough.
    expect(unsure('Bupati Rudi Hartanto membuka acara. Bupati Sleman, Rudi Hartanto, berharap banyak.', ['Sleman'])).toEqual([['Rudi Hartanto', false]]);
  });

  test('school words name a school, never its head', () => {
    expect(people('Para Kepala Sekolah Sekolah Dasar Negeri se-Sleman ikut hadir.')).toEqual([]);
  });

  test('a level word misspelt by one letter opens a place, never a name', () => {
    expect(people('Hadir Ketua RT di Keluraha Selat Dalam, Ketua RT di Kelurahan Murung.')).toEqual([]);
  });

  test('two offices joined by "dan", then two names: each holder in order, both unsure; one name alone stays unsure', () => {
    const found = (text: string, places: string[]) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, p.role, Boolean(p.unsure)]);
    expect(found('Mereka disambut Ketua dan Wakil Ketua TP PKK Kabupaten Sintang, Ny Maria Yuliana dan Ny Rosa Dalima, di pendopo.', ['Kabupaten Sintang'])).toEqual([
      ['Maria Yuliana', 'Ketua TP PKK Kabupaten Sintang', true],
      ['Rosa Dalima', 'Wakil Ketua TP PKK Kabupaten Sintang', true],
    ]);
    expect(found('Hadir pula Bupati dan Wakil Bupati Sintang, Jarot Winarno dan Sudiyanto.', ['Sintang'])).toEqual([
      ['Jarot Winarno', 'Bupati Sintang', true],
      ['Sudiyanto', 'Wakil Bupati Sintang', true],
    ]);
    expect(found('Hadir pula Bupati dan Wakil Bupati Sintang Jarot Winarno.', ['Sintang'])).toEqual([['Jarot Winarno', 'Wakil Bupati Sintang', true]]);
  });

  test('a sentence about another occasion (before, once, last year) makes its office holders unsure, a quotation’s past only its own', () => {
    const unsure = (text: string, places: string[]) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, Boolean(p.unsure)]);
    expect(unsure('Sebelumnya, tahun lalu Wakil Bupati Landak Heriadi juga belajar ke sini.', ['Landak'])).toEqual([['Heriadi', true]]);
    expect(unsure('Program itu pernah dikunjungi Wali Kota Singkawang Tjhai Chui Mie.', ['Singkawang'])).toEqual([['Tjhai Chui Mie', true]]);
    expect(unsure('Rombongan diterima Wakil Bupati Sanggau Susana Herpena di aula.', ['Sanggau'])).toEqual([['Susana Herpena', false]]);
    expect(unsure('"Dulu layanan ini kecil," kata Kepala Dinas Kesehatan Sanggau, Ignasius Ere.', ['Sanggau'])).toEqual([['Ignasius Ere', false]]);
  });

  test('"Name selaku Office" names the holder, unless an office already introduced the name; "Haji" is a title', () => {
    expect(people('Rombongan dipimpin oleh Sutrisno, S.Pd selaku Ketua Komisi B itu.')).toEqual([['Sutrisno, S.Pd', 'Ketua Komisi B']]);
    expect(people('Hadir Bupati Sleman Rudi Hartanto selaku Ketua Dewan Pembina Koperasi.', ['Sleman'])).toEqual([['Rudi Hartanto', 'Bupati Sleman']]);
    expect(people('Bupati Tebo H. Arman Saputra hadir. Kesepakatan diteken Bupati Tebo Haji Arman Saputra.', ['Tebo'])).toEqual([['Haji Arman Saputra', 'Bupati Tebo']]);
  });

  test('a name printed in a title-case sentence ends before the clause that follows it', () => {
    expect(people('Bupati Tebo Haji Arman Saputra Dalam Sambutannya Menyampaikan Bahwa Kerja Sama Ini Penting.', ['Tebo'])).toEqual([['Haji Arman Saputra', 'Bupati Tebo']]);
  });

  test('a region printed at the start of a "name" ends the role: split off, periksa; not a region the role’s place is outside', () => {
    // Mamuju and Makassar hold the places named; Bima is another region than Bogor.
    const regions: Record<string, string[]> = { Mamuju: [], Makassar: ['Mariso'], Bima: [], 'Kapuas Hulu': [] };
    const isRegion = (name: string, rolePlace: string | undefined) => name in regions && (!rolePlace || regions[name]!.includes(rolePlace));
    const split = (name: string, role: string, place?: string) => withPlaceOutOfName({ name, role, place }, isRegion);
    expect(split('Kalukku Mamuju Hasanuddin', 'Kepala Puskesmas')).toEqual({ name: 'Hasanuddin', role: 'Kepala Puskesmas Kalukku Mamuju', place: 'Kalukku Mamuju', unsure: true });
    expect(split('Makassar Andi Ilham, S.Sos', 'Sekretaris Camat Mariso', 'Mariso')).toMatchObject({ name: 'Andi Ilham, S.Sos', role: 'Sekretaris Camat Mariso Makassar', unsure: true });
    expect(split('Utara Rahmat', 'Kepala Bappeda Sulawesi Barat', 'Sulawesi Barat')).toMatchObject({ name: 'Rahmat', role: 'Kepala Bappeda Sulawesi Barat Utara', unsure: true });
    expect(split('Bima Arya', 'Wali Kota Bogor', 'Bogor')).toEqual({ name: 'Bima Arya', role: 'Wali Kota Bogor', place: 'Bogor' });
    expect(split('Kapuas Hulu Rahmat', 'Wakil Bupati Sintang', 'Sintang')).toMatchObject({ name: 'Kapuas Hulu Rahmat', unsure: true });
  });

  test('a chair printed in lower case names someone only of a body up to its place; "Wakil ketua" is the deputy', () => {
    expect(people('Mereka diterima di ruang kerja ketua DPRD Tator, Welem Sambolangi, bersama anggota.', ['Tator'])).toEqual([['Welem Sambolangi', 'ketua DPRD Tator']]);
    expect(people('Wakil ketua TP PKK Wonosobo, Ny Sudarti mengucapkan selamat datang.', ['Wonosobo'])).toEqual([['Sudarti', 'Wakil ketua TP PKK Wonosobo']]);
    expect(people('Acara dibuka ketua panitia, Budi Santoso.')).toEqual([]);
  });

  test('a lower-case office right after a name names its holder, periksa; a quantifier before it is no name', () => {
    const found = (text: string, places: string[]) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, p.role, Boolean(p.unsure)]);
    expect(found('Suradi wakil ketua DPRD Kab. Semarang, mengatakan kunjungan itu penting.', ['Kab. Semarang'])).toEqual([['Suradi', 'wakil ketua DPRD Kab. Semarang', true]]);
    expect(found('Sejumlah anggota DPRD Kabupaten Kutai Kartanegara melakukan studi banding.', ['Kabupaten Kutai Kartanegara'])).toEqual([]);
  });

  test('one person with two offices of the same place (a caption and the body) is sure of neither; a team’s name is no person', () => {
    const found = (text: string, places: string[]) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, p.role, Boolean(p.unsure)]);
    expect(found('Bupati Jembrana Kembang Hartawan. Wakil Bupati Jembrana, I Made Kembang Hartawan, datang.', ['Jembrana'])).toEqual([
      ['Kembang Hartawan', 'Bupati Jembrana', true],
      ['I Made Kembang Hartawan', 'Wakil Bupati Jembrana', true],
    ]);
    expect(found('Kegiatan dipimpin Ketua Tim Setmilpres, Kombes Pol Yukti Inarni, dan Ketua Tim Pengusul hadir.', [])).toEqual([['Kombes Pol Yukti Inarni', 'Ketua Tim Setmilpres', false]]);
    expect(found('Penjabat (PJ) Bupati Kapuas Erlin Hardi hadir.', ['Kapuas'])).toEqual([['Erlin Hardi', 'Penjabat (PJ) Bupati Kapuas', false]]);
  });

  test('a one-word name is kept to check: it may be a word of the text; two letters are an abbreviation', () => {
    const found = (text: string, places: string[]) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, p.role, Boolean(p.unsure)]);
    expect(found('Wakil Wali Kota Magelang Blusukan ke Dumai.', ['Magelang'])).toEqual([['Blusukan', 'Wakil Wali Kota Magelang', true]]);
    expect(found('Wakil Wali Kota Magelang Kunker ke Dumai.', ['Magelang'])).toEqual([]);
    expect(found('Camat Lawang, Suparno, hadir.', ['Lawang'])).toEqual([['Suparno', 'Camat Lawang', true]]);
    expect(found('Hadir Kepala Bappeda, Ka. Bapenda dan staf.', [])).toEqual([]);
    expect(found('Wakil Wali Kota Banjar drg.H Darmadji Prawira, M.Kes hadir.', ['Banjar'])).toEqual([['drg. H Darmadji Prawira, M.Kes', 'Wakil Wali Kota Banjar', false]]);
  });

  test('a name printed in full elsewhere is taken whole; a secretariat after a unit head holds no office of its own', () => {
    const found = (text: string, places: string[]) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, p.role]);
    expect(found('Tamu disambut Ketua Forum, Dr. Rina Sari Dewi Lestari, dan staf. Ketua DPRD Jambi, Dr. Rina Sari, berterima kasih.', ['Jambi'])).toEqual([
      ['Dr. Rina Sari Dewi Lestari', 'Ketua DPRD Jambi'],
    ]);
    expect(found('Kepala Bagian Organisasi, Sekda Kabupaten Brebes, Nia Paramita mengatakan hal itu.', ['Kabupaten Brebes'])).toEqual([]);
  });

  test('"Office, yakni A, B, dan C" gives each the office, periksa; a person known by initials after "Office Place, Name"', () => {
    const found = (text: string, places: string[]) => findPeople(text, places.map((t) => ({ text: t }))).map((p) => [p.name, p.role, Boolean(p.unsure)]);
    expect(found('Hadir Anggota Komisi A DPRD DIY, yakni Sri Mulyani, Suhadi, dan Yusuf, serta Camat Gondokusuman.', ['DIY', 'Gondokusuman'])).toEqual([
      ['Sri Mulyani', 'Anggota Komisi A DPRD DIY', true],
      ['Suhadi', 'Anggota Komisi A DPRD DIY', true],
      ['Yusuf', 'Anggota Komisi A DPRD DIY', true],
    ]);
    expect(found('Gubernur NTT, Viktor Bungtilu Laiskodat (VBL) bersama rombongan tiba.', ['NTT'])).toEqual([['Viktor Bungtilu Laiskodat', 'Gubernur NTT', false]]);
    expect(found('Program Bupati Bergerak Melayani Warga (BMW) berjalan.', [])).toEqual([]);
  });

  test('a ministry’s short name is no name', () => {
    expect(people('Materi disampaikan Kepala BPP Kemendagri, Yusharto Huntoyungo.')).toEqual([['Yusharto Huntoyungo', 'Kepala BPP Kemendagri']]);
  });
});
