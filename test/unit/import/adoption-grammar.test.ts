import { describe, expect, test } from 'vitest';
import { readTakeUp } from '../../../src/lib/import/adoption-grammar';
import { statusAt } from '../../../src/lib/import/adoptions';

describe('readTakeUp', () => {
  test.each([
    // A plan, in every voice of the verb.
    ['Program Lumbung Desa akan kami implementasikan di seluruh kecamatan.', 'direncanakan', true],
    ['Pemkab Sumba Barat berencana mengadopsi Lumbung Desa tahun depan.', 'direncanakan', true],
    ['Lumbung Desa hendak direplikasi oleh Kabupaten Alor.', 'direncanakan', true],
    ['Kami akan melakukan replikasi Lumbung Desa.', 'direncanakan', true],
    ['Ke depan kita akan adopsi Lumbung Desa.', 'direncanakan', true],
    ['Bupati ingin menerapkannya di desa-desa.', 'direncanakan', true],
    // The passive prefix written apart, as regional reports often print it.
    ['Layanan itu akan di terapkan di Kabupaten Alor.', 'direncanakan', true],
    ['Lumbung Desa sudah di adopsi oleh Kabupaten Ende.', 'diterapkan', true],
    // A plan with a subject or a hedge between marker and verb: likely only.
    ['Wali kota berharap Kota Tual juga dapat segera memilikinya.', 'direncanakan', false],
    ['Pemkot siap menerapkan Lumbung Desa.', 'direncanakan', false],
    ['Pemkab Sikka bermaksud mereplikasi Lumbung Desa.', 'direncanakan', false],
    ['Pemkab akan membangun Pasar Rakyat Digital seperti milik Kota Madiun.', 'direncanakan', false],
    ['Lumbung Desa kemungkinan akan diadopsi Kabupaten Alor.', 'direncanakan', false],
    ['Pemkab Alor mungkin akan menerapkan Lumbung Desa.', 'direncanakan', false],
    ['Rencana pembangunan Pasar Rakyat Digital dibahas pekan ini.', 'direncanakan', false],
    // Building under way is not yet a service in use.
    ['Pemkot sedang membangun Pasar Rakyat Digital di pusat kota.', 'direncanakan', false],
    ['Tahun ini Pemkab mulai membangun Pasar Rakyat Digital.', 'direncanakan', false],
    // Applied.
    ['Kabupaten Ende telah mereplikasi Lumbung Desa sejak 2023.', 'diterapkan', true],
    ['Lumbung Desa sudah diterapkan di lima desa.', 'diterapkan', true],
    ['Kabupaten Ende telah berhasil mereplikasi Lumbung Desa.', 'diterapkan', true],
    ['Lumbung Desa sudah dua tahun kami terapkan.', 'diterapkan', false],
    ['Kini Kabupaten Ende menerapkan Lumbung Desa.', 'diterapkan', false],
    ['Sejak Mei Pemkab mulai menerapkan Lumbung Desa.', 'diterapkan', false],
    // Negation states no take-up.
    ['Kabupaten Ende belum menerapkan Lumbung Desa.', undefined, undefined],
    ['Pemkab tidak akan mengadopsi Lumbung Desa.', undefined, undefined],
    ['Kota Tual belum memiliki Pasar Rakyat Digital.', undefined, undefined],
    // Having a service of one's own, a verb with no marker, or a verb far from its marker is no take-up.
    ['Di Kota Madiun sudah memiliki Pasar Rakyat Digital.', undefined, undefined],
    ['Pemkot membangun Pasar Rakyat Digital di pusat kota.', undefined, undefined],
    ['Lumbung Desa akan dikembangkan tahun depan.', undefined, undefined],
    ['Bupati akan membuka acara, lalu rombongan menerapkan protokol kesehatan.', undefined, undefined],
    // A passive done in a relative clause describes the program where it runs; it names no one who took it up.
    ['Kami mengagumi Lumbung Desa yang sudah diterapkan di Desa Oelnasi sebagai percontohan.', undefined, undefined],
    ['Lumbung Desa yang telah juga diadopsi di banyak daerah.', undefined, undefined],
    // Unless an agent or a government follows the verb.
    ['Lumbung Desa yang telah direplikasi oleh Kabupaten Ende.', 'diterapkan', true],
    ['Lumbung Desa yang sudah diterapkan di Kabupaten Ende.', 'diterapkan', true],
    ['Lumbung Desa yang telah diadopsi Kabupaten Ende.', 'diterapkan', true],
    // A plan in a relative clause is still a plan.
    ['Lumbung Desa yang akan diterapkan di tiga desa.', 'direncanakan', true],
    // Interest or a wish is a plan, likely only.
    ['Pemkab Ende tertarik untuk menerapkan Lumbung Desa.', 'direncanakan', false],
    ['Pemkab Ende memiliki keinginan untuk mengadopsi Lumbung Desa.', 'direncanakan', false],
    // A verb of copying with no marker tells a deed, likely only; a passive needs a government as its agent.
    ['Kabupaten Ende mereplikasi Lumbung Desa milik Kabupaten Alor.', 'diterapkan', false],
    ['Lumbung Desa diadopsi oleh Pemkab Ende.', 'diterapkan', false],
    // A visit made to copy a program is its visitors' plan, likely only.
    ['Rombongan datang untuk mereplikasi Lumbung Desa.', 'direncanakan', false],
    ['Setelah mengunjungi Kabupaten Alor untuk mengadopsi Lumbung Desa, Bupati Ende kembali ke daerahnya.', 'direncanakan', false],
    // Not another aim, a manner or a call; not when a marker stands further back (its verb is another); not without a
    // subject, nor "kita" at a signing.
    ['Anggaran disiapkan untuk mereplikasi Lumbung Desa.', undefined, undefined],
    ['Mutu layanan naik dengan mengadopsi praktik daerah lain.', undefined, undefined],
    ['Bupati mengajak desa lain meniru Lumbung Desa.', undefined, undefined],
    ['Pemkab Ende berniat belajar dan meniru Lumbung Desa.', undefined, undefined],
    ['Meniru Lumbung Desa dari Alor.', undefined, undefined],
    ['“Kita mereplikasi aplikasi Lumbung Desa, nanti namanya kita ganti,” ujarnya.', undefined, undefined],
    ['Lumbung Desa diadopsi dari Kabupaten Alor.', undefined, undefined],
    ['Kabupaten Ende belum mereplikasi Lumbung Desa.', undefined, undefined],
    // A thing that is a copy already made: likely applied.
    ['Pemkab Ende meluncurkan Lumbung Desa, hasil replikasi dari Kabupaten Alor.', 'diterapkan', false],
    ['Program ini merupakan adopsi dari Kabupaten Alor.', 'diterapkan', false],
    ['Pemkab menyiapkan anggaran untuk hasil replikasi yang belum jelas.', undefined, undefined],
  ])('%s → %s (sure %s)', (clause, status, sure) => {
    const reading = readTakeUp(clause);
    expect(reading?.status).toBe(status);
    expect(reading?.sure).toBe(sure);
  });

  test('takes the strongest status a clause states', () => {
    expect(readTakeUp('Pemkab sudah menerapkan Lumbung Desa dan akan mengadopsi Pasar Rakyat Digital.')?.status).toBe('diterapkan');
  });

  test('points at the marker, where the words of the status begin', () => {
    const clause = 'Kabupaten Ende akan mereplikasi Lumbung Desa.';
    expect(readTakeUp(clause)?.index).toBe(clause.indexOf('akan'));
  });
});

describe('statusAt', () => {
  test.each([
    // A signed agreement is a plan without doubt, a study visit a study.
    ['Kedua bupati menandatangani PKS replikasi Lumbung Desa.', 'direncanakan', true],
    ['Rombongan melakukan studi tiru Lumbung Desa.', 'dipelajari', true],
    // A take-up verb stronger than the visit wins: "studi banding … kini sudah menerapkan".
    ['Setelah studi banding, Kabupaten Ende sudah menerapkan Lumbung Desa.', 'diterapkan', true],
    // Taken as a model: a plan that may come to nothing.
    ['Lumbung Desa bisa di jadikan contoh oleh Pemkab Ende.', 'direncanakan', false],
    ['Lumbung Desa layak dijadikan percontohan oleh Kabupaten Alor.', 'direncanakan', false],
    // Handed over to a government: meant for its use.
    ['Aplikasi Lumbung Desa dihibahkan kepada Pemkab Alor.', 'direncanakan', false],
    ['Aplikasi Lumbung Desa diserahkan kepada masyarakat.', undefined, undefined],
    // What a named government could take up: a plan it may never make. Regions in general name no one.
    ['Ada program provinsi yang bisa diadop oleh Kota Kupang, seperti Lumbung Desa.', 'direncanakan', false],
    ['Lumbung Desa dapat diterapkan di Kabupaten Alor.', 'direncanakan', false],
    ['Lumbung Desa dapat diterapkan di daerah lain.', undefined, undefined],
    // An agreement on using an application.
    ['Pemkab Alor meminta MoU terkait pemanfaatan aplikasi Lumbung Desa.', 'direncanakan', true],
  ])('%s → %s (sure %s)', (sentence, status, sure) => {
    if (status === undefined) expect(statusAt(sentence)).toBeUndefined();
    else expect(statusAt(sentence)).toMatchObject({ status, sure });
  });
});
