/** Rooms, halls and offices where a meeting sits. */
const MEETING_HEADS = ['Aula', 'Kantor', 'Gedung', 'Balai', 'Balaikota', 'Balai Kota', 'Pendopo', 'Pendapa', 'Ruang', 'Ruangan', 'Rumah Dinas', 'Rumah Jabatan', 'Rumdin', 'Rujab', 'Rudis', 'Graha', 'Wisma', 'Auditorium', 'Sekretariat', 'Command Center', 'Lounge', 'Mahligai', 'Ballroom', 'Convention Hall', 'Pusat Pemerintahan', 'Puspem', 'Puspemkot', 'Puspemkab', 'Hall', 'Setda', 'Setdakab', 'Setdako', 'Setdaprov'];
/** Sites that may host an event but are also a visit's stop or the guests' lodging. */
const SITE_HEADS = ['Hotel', 'Masjid', 'Lapangan', 'Halaman', 'Mess', 'Taman', 'Alun-alun', 'Puskesmas', 'GOR', 'Pasar', 'Bandara', 'Pelabuhan', 'Kampus', 'Universitas', 'Guest House', 'Kompleks', 'Komplek'];
/** Words that start a venue: a building, room or ground, not a bare region. */
const VENUE_HEAD = String.raw`(?:${[...MEETING_HEADS, ...SITE_HEADS].join('|')})\b`;
/**
 * A venue's words run to the next comma, stop, bracket or line's end; a floor's short form keeps its dot ("Command Center lt. IV"),
 * and a short form in brackets inside the name is part of it ("Rumah Jabatan (Rujab) Bupati X").
 */
const VENUE_WORDS = String.raw`(?:[^,.;()\n]|(?<=\b[Ll]t)\.(?=\s*(?:[IVX]+|\d+)\b)|\(\p{Lu}[\p{L}]{1,9}\)(?=[ \t]+\p{Lu}))*`;

/**
 * "di Aula …", and after a verb of place also a lowercase building ("bertempat di kantor Bappeda", or "bertempat Rumah
 * Jabatan …" without its "di"); a lowercase room of a named building ("di ruang rapat Kantor Wali Kota", "di lounge
 * pelayanan publik kantor Pemkab X"), not one a pronoun owns ("di ruang kerjanya didampingi Sekda …" names no room);
 * a hotel or room named before its word ("di Rudang Hotel", "di Tangerang Live Room"). A sentence
 * printed in title case capitalises the preposition too ("… Bersama Di Rumah Dinas Bupati X").
 */
const VENUE = new RegExp(
  `(?:\\b(?:bertempat(?:\\s+di)?|(?:berlangsung|dilaksanakan|digelar|diselenggarakan|diterima)\\s+di)\\s+((?:${VENUE_HEAD.toLowerCase()}|${VENUE_HEAD})${VENUE_WORDS})|\\b[Dd]i\\s+(${VENUE_HEAD}${VENUE_WORDS})` +
    `|\\bdi\\s+((?:ruang|ruangan|aula|lounge)(?:\\s+(?!\\p{Ll}+nya\\b)\\p{Ll}+){0,3}\\s+\\p{Lu}${VENUE_WORDS})|\\bdi\\s+((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:Hotel|Resort|Convention Cent(?:er|re)|Room|Ballroom)\\b${VENUE_WORDS}))`,
  'u',
);
/**
 * Where a venue's words stop; "dan" but not in a hotel's own name ("Hotel dan Resort"), an office's ("Ruang Rapat
 * Dinas Kearsipan dan Perpustakaan Kabupaten X") or a building's ("Gedung Media Informasi dan Protokol DPRD"), unless
 * another building follows it ("Gedung Sate dan Gedung Pakuan").
 */
// A verb ("… Pendopo Odah Etam menjadi ajang …", "… Aula X membahas …", "… Gedung X telah diterima …") also ends it, and so
// does where the building stands ("… Aset Daerah di Agats"):
// me-/ber- words, a passive verb or "telah" name no building;
// so does a street address after the name ("… Hotel Mutiara Jalan Pahlawan No. 3", "… Jl. Ahmad Yani", whose dot cuts the
// match after "Jl"; not an office for roads: "Bidang Jalan", "Balai Pelaksanaan Jalan Nasional"). The secretariat named as
// a place ("di Setda Purbalingga") is its capitalised words only.
const VENUE_END = /(?<!\b(?:Bidang|Balai|Pelaksanaan|Preservasi|Pembangunan|Direktorat|Seksi|Dinas))\s(?:Jalan|Jln?\.?)\s+(?!(?:Nasional|Tol)\b)\p{Lu}.*$|\sJln?$|\s(?:pada|yang|dalam|untuk|di|(?:(?<!\b(?:Dinas|Badan|Bagian|Bidang|Gedung|Ruang)(?:\s+\p{Lu}\p{Ll}+){1,5}\s)dan|dan(?=\s+\p{Ll}|\s+(?:Gedung|Ruang|Aula|Kantor|Balai|Pendopo|Hotel)\b))(?!\s+(?:Resort|Spa|Convention)\b)|menjadi|merupakan|adalah|sebagai|itu|ini|tersebut|(?:me|ber)\p{Ll}{3,}|telah|sudah|di(?:terima|sambut|gelar|laksanakan|selenggarakan|adakan|hadiri|ikuti|buka|resmikan|pimpin)|sekaligus|guna|bersama|serta|oleh|sejak|selama|sebelum|setelah|usai|seusai|saat|ketika|hari|tanggal|sore|pagi|siang|malam)\s.*$|\s(?:sore|pagi|siang|malam|setempat)$|(?<=^Setda\p{L}*(?:\s+\p{Lu}\S*)+)\s+\p{Ll}.*$|(?<!\bPasar)\s(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum['’]at|Sabtu|Minggu)(?:\s+(?:sore|pagi|siang|malam))?$/u;

/** "kunjungan kerja ke Balai Kota Surabaya": a building the visit went to, when no sentence places it "di" somewhere. */
// So is one a verb of visiting takes as its object: "menyambangi Kantor Wali Kota Padang", "datangi kantor DPRD X".
const VISITED_BUILDING = new RegExp(String.raw`\b(?:(?:kunjungan kerja|kunker|kunjungan|berkunjung|bertamu|bertandang|datang|stud[iy][ -]tiru|stud[iy][ -]banding)\s+ke|(?:men)?datangi|(?:me)?nyambangi|sambangi|mengunjungi)\s+((?:${MEETING_HEADS.join('|')}|kantor|gedung|aula)\s+\p{Lu}[^,.;()\n]*)`, 'u');

/** The building a room is in, after a comma: ", Gedung A Lantai I", ", Balai Kota". */
const WITHIN = new RegExp(String.raw`^,[ 	]*(?:${VENUE_HEAD}|Lantai)[^,.;()\n]*`, 'u');

/** Words that make the name before them a room's: "Bulungan Room", "Borneo Ballroom". */
const ROOM_WORD = String.raw`(?:Room|Ballroom|Hall|Meeting Room|Function Room|Suite)\b`;
const ROOM_NAMED_AFTER = new RegExp(String.raw`^[ \t]+${ROOM_WORD}`, 'u');
/** A room's name and its word. */
const ROOM_NAME = new RegExp(String.raw`\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)?[ \t]+${ROOM_WORD}`, 'gu');

/** Whether a place's name printed in `text` names a room ("Bulungan Room Hotel Tarakan Plaza"): no place of the event. */
export const namesRoom = (text: string, place: { index: number; text: string }) => ROOM_NAMED_AFTER.test(text.slice(place.index + place.text.length, place.index + place.text.length + 20));

/** A venue without its rooms' names, for reading the places it lies in. */
export const withoutRoomNames = (venue: string) => venue.replace(ROOM_NAME, '');

/** A venue the article names and where it starts. */
export interface FoundVenue {
  venue: string;
  /** Where the whole match ("di Aula …") starts, and where the venue's own words start. */
  index: number;
  start: number;
  /** Named only as where a visit went ("kunjungan kerja ke Balai Kota X"), not where the meeting sat: to check. */
  visited?: boolean;
  /**
   * A site rather than a meeting room or office ("Pasar X", "Alun-alun Y", "Hotel Z"): a visit's stop, a ceremony's
   * ground or where guests stayed may be named so as well; to check.
   */
  site?: boolean;
}

/** A venue that opens with a meeting place's word, as printed or in lower case ("bertempat di aula …"). */
const MEETING_PLACE = new RegExp(`^(?:${MEETING_HEADS.join('|')}|${MEETING_HEADS.join('|').toLowerCase()})`, 'u');

/** The first building or room the text places something in: "di Ruang Sidang Balai Kota Surabaya", "bertempat di kantor Bappeda". */
export function findVenue(text: string): FoundVenue | undefined {
  const placed = VENUE.exec(text);
  const match = placed ?? VISITED_BUILDING.exec(text);
  const first = match?.slice(1).find(Boolean);
  if (!match || !first) return undefined;
  // "Ruang Bina Praja, Gedung A Lantai I, Kantor Bupati Semarang": a room, then the building it is in.
  let raw = first;
  for (let next = WITHIN.exec(match.input!.slice(match.index + match[0].length)), at = match.index + match[0].length; next && !VENUE_END.test(raw); next = WITHIN.exec(match.input!.slice(at))) {
    raw += next[0];
    at += next[0].length;
  }
  const venue = raw.trimEnd().replace(VENUE_END, '').trim();
  if (!venue) return undefined;
  const found: FoundVenue = { venue, index: match.index, start: match.index + match[0].indexOf(first), ...(MEETING_PLACE.test(venue) ? {} : { site: true }) };
  return placed ? found : { ...found, visited: true };
}
