import type { RegistryArea } from '../check/registry';
import { STUDY_WORDS, TIME_PAST } from './kinds';
import type { Sentence } from './text';

/** A region named in the text: resolved to a registry area, or a government the registry lacks (`area` absent). */
export interface Party {
  index: number;
  text: string;
  area?: RegistryArea | undefined;
  /** For a region the registry lacks: its level word and name, e.g. "Kabupaten Antah Berantah". */
  unknown?: string | undefined;
}

/** Who hosted and who visited, the sentence that says so, and whether a frame said it without ambiguity. */
export interface FoundParties {
  host?: Party | undefined;
  guests: Party[];
  quote?: string | undefined;
  sure: boolean;
  /** Whether every guest comes from a frame that settles both sides; a guest only listed or hinted at is not sure. */
  guestsSure?: boolean | undefined;
  /** A province the visit went to that the article names only as a place, never as a government: no host. */
  place?: Party | undefined;
  /** Other places the same visitors went to, outside the host ("… juga berkunjung ke Kota Malang"): maybe a second event. */
  otherPlaces?: Party[] | undefined;
}

const key = (party: Party) => party.area?.code ?? `?${party.unknown}`;

/** "Pemkot Batu menerima kunjungan …", "kedatangan rombongan … dari …": the host is the subject, the guests follow. */
const RECEIVES = /\b(?:menerima|terima|mendapat(?:kan)?|memdapat|kedatangan|menyambut|sambut|menjamu)\s+(?:\p{L}+\s+){0,2}?(?:kunjungan|rombongan|tamu|delegasi|studi|kunker|peserta|(?:Pj|Plt|Penjabat)\.?\s+(?:Bupati|Wali\s?kota|Gubernur)|Bupati|Wakil Bupati|Wali\s?kota|Wakil Wali\s?kota|Gubernur|Asisten|Sekda|Sekretaris Daerah|Kepala Dinas|Kepala Badan|Ketua DPRD|Pimpinan DPRD|Anggota DPRD|Komisi|jajaran)\b/iu;
/** "X melakukan studi tiru ke Y", "Bupati X bertandang ke Y", "X belajar … ke Y": the guests are the subject, the host follows "ke". */
const VISIT_WORD = new RegExp(String.raw`\b(?:${STUDY_WORDS}|bench[ -]?ma?rk(?:ing)?|kaji[ -]tiru|uji[ -]tiru|studi komparasi|studi referensi|kaji banding|kunjungan kerja|kunjungan|kunker|berkunjung|bertandang|datang|menyambangi|sambangi|tiba|belajar|berguru|menimba ilmu|(?:men)?cari (?:ilmu|pengetahuan)|melawat|anjangsana)\b`, 'giu');
/** "ke" before a name, or before a lower-case word and a name ("ke kabupaten Bantul"); not "ke sejumlah lokasi". Case-sensitive. */
const TO_NAME = /\bke\s+(?=\p{Lu}|\p{Ll}+\s+\p{Lu})/gu;

/**
 * "di" before a name, as "ke" is: where one learns ("Belajar di Kabupaten Malaka"); so is "dari" ("Kami belajar dari
 * Sumedang"). Case-sensitive.
 */
const AT_NAME = /\b(?:di|dari)\s+(?=\p{Lu}|\p{Ll}+\s+\p{Lu})/gu;
/** "di" alone before a name. Case-sensitive. */
const AT_ONLY = /\bdi\s+(?=\p{Lu}|\p{Ll}+\s+\p{Lu})/gu;
/** Verbs of arriving, whose place follows "di". */
const ARRIVES = /^tiba$/iu;
/** Verbs of learning, whose place may follow "di" as well as "ke". */
const LEARNS = /^(?:belajar|berguru|menimba ilmu|(?:men)?cari (?:ilmu|pengetahuan))$/iu;

/** The first visit word followed, in the same clause, by "ke" (or for learning, "di") and a name: the match up to it. */
function visitTo(sentence: string): { index: number; 0: string } | null {
  for (const word of sentence.matchAll(VISIT_WORD)) {
    const after = word.index + word[0].length;
    const clauseEnd = sentence.slice(after).search(/[.;]/u);
    const stop = clauseEnd < 0 ? sentence.length : after + clauseEnd;
    TO_NAME.lastIndex = after;
    AT_NAME.lastIndex = after;
    // Where one learns stays in the learning's own clause: not "… belajar dari X, dan akan kami terapkan di Y".
    const learnsAt = LEARNS.test(word[0]) ? AT_NAME.exec(sentence) : null;
    const commaAt = sentence.indexOf(',', after);
    const toAt = TO_NAME.exec(sentence);
    // "Studi tiru Pemkab X di Kota Y", "tiba di Kota Y": a visit named as a noun, or an arrival, is where "di" says when
    // no "ke" follows in its clause ("studi tiru ke beberapa desa di Provinsi X" went to the villages).
    AT_ONLY.lastIndex = after;
    const arrivesAt = !learnsAt && !/\bke\s/u.test(sentence.slice(after, stop)) && (ARRIVES.test(word[0]) || VISIT_NOUN.test(word[0])) ? AT_ONLY.exec(sentence) : null;
    // Only the visitors' names may stand between: "kunjungan balasan beberapa bulan yang lalu di Pemkot X" was elsewhere.
    // A possessive may close the noun: "kunjungan kerjanya di Semarang".
    const namesOnlyBefore = arrivesAt && /^(?:\s*\p{Ll}*nya)?(?:\s+(?:\p{Lu}[\p{L}.-]*|dan|\([^()]{1,20}\)))*\s+$/u.test(sentence.slice(after, arrivesAt.index));
    const places = [toAt, ...[learnsAt, namesOnlyBefore ? arrivesAt : null].map((m) => (m && (commaAt < 0 || m.index < commaAt) ? m : null))].filter((m): m is RegExpExecArray => m !== null);
    const to = places.sort((a, b) => a.index - b.index)[0];
    if (to && to.index < stop) return { index: word.index, 0: sentence.slice(word.index, to.index + to[0].length) };
  }
  return null;
}
/**
 * A mark of time before a visit word in its clause: "Pemkab X yang beberapa waktu lalu telah melakukan kunjungan kerja
 * di Kota Y", "… yang sebelumnya pernah berkunjung ke …": an earlier visit, perhaps the other way round, not this one.
 * At most two words between the mark and the visit word ("… lalu telah melakukan"): "yang pernah meraih Adipura
 * melakukan studi tiru" is this visit.
 */
const EARLIER_IN_CLAUSE = new RegExp(String.raw`\b(?:${TIME_PAST}|sebelumnya|pernah)(?:\s+[^\s,;]+){0,2}\s+$`, 'iu');

/**
 * A mark of time opening the sentence, with no clause break before the visit word: "Beberapa waktu lalu Pemerintah
 * Kabupaten X melakukan kunjungan ke Kota Y …, kali ini …" tells of the earlier visit first, however long its subject;
 * "Sebelumnya juga Wakil Bupati X, Provinsi Y, telah berkunjung ke Z" does, commas and all.
 * So does "Setelah" right before it: "Setelah berkunjung ke Kabupaten X untuk …, Bupati Y kini membawa rombongan ke Z".
 */
const EARLIER_OPENING = new RegExp(String.raw`^(?:(?:${TIME_PAST})\b,?[^,;]*|Sebelumnya\b(?!\s*,)[^;]*|(?:Setelah|Usai|Seusai|Sesudah|Selepas)(?:\s+[^\s,;]+){0,2}\s*)$`, 'iu');

/** The visit a sentence tells of with "ke" or "di" and a place, and whether its clause marks it as an earlier one. */
function visitIn(sentence: string): { visit: { index: number; 0: string }; earlier: boolean } | null {
  const visit = visitTo(sentence) ?? VISITS_AT.exec(sentence);
  const before = visit ? sentence.slice(0, visit.index) : '';
  return visit && { visit, earlier: EARLIER_IN_CLAUSE.test(before) || EARLIER_OPENING.test(before.replace(DATELINE, '').trimStart()) };
}

/**
 * The visit a sentence tells of with "ke" or "di" and a place, unless its clause marks it as an earlier one; after an
 * earlier one, the next in the same sentence ("Beberapa waktu lalu X berkunjung ke Y, kali ini Z melakukan studi tiru ke
 * Y"), with where its own clause starts (`clause`), so its subject is not the earlier visitor.
 */
function currentVisit(sentence: string): { index: number; 0: string; clause: number } | null {
  for (let from = 0; from < sentence.length; ) {
    const found = visitIn(sentence.slice(from));
    if (!found) return null;
    if (!found.earlier) return { index: from + found.visit.index, 0: found.visit[0], clause: from };
    from += found.visit.index + found.visit[0].length;
    // The next clause: after the next comma or semicolon.
    const next = sentence.slice(from).search(/[,;]\s/u);
    if (next < 0) return null;
    from += next + 1;
  }
  return null;
}

/** Whether a sentence tells of an earlier visit with a place: the report then names two visits, maybe opposite ways. */
const tellsOfEarlierVisit = (sentence: string) => visitIn(sentence)?.earlier === true;

/** Words of a study visit, not a working one. */
const STUDY_VISIT = new RegExp(String.raw`^(?:${STUDY_WORDS}|kaji[ -]tiru|uji[ -]tiru|studi komparasi|kaji banding)`, 'iu');
/** A visit word that is a noun ("kunjungan kerja", "studi tiru"), which may name its visitors after it. */
const VISIT_NOUN = /^(?:kunjungan(?:\s+kerja)?|kunker|stud[iy][ -](?:tiru|banding)|kaji[ -](?:tiru|banding)|uji[ -]tiru|studi komparasi|studi referensi|anjangsana)\b/iu;

/**
 * "X melakukan studi tiru di Mal Pelayanan Publik Kabupaten Y", "kunjungan study dilaksanakan di Desa Y": the place right
 * after the visit word, or after the verb that says where it was held, is the host.
 */
const VISITS_AT = new RegExp(String.raw`\b(?:${STUDY_WORDS}|kaji[ -]tiru|uji[ -]tiru|studi komparasi|kaji banding|kunjungan kerja|kunjungan stud[iy]|kunker)(?:\s+(?:dilaksanakan|digelar|diselenggarakan|dilakukan|berlangsung))?\s+di\s+(?=\p{Lu})`, 'iu');
/** "Pemkab X mengunjungi Y", "Wali Kota X Kunjungi Mal … Kota Y": the visit's place is the object, no "ke". */
const VISITS_OBJECT = /\b(?:mengunjungi|kunjungi|mendatangi|datangi|menyambangi|sambangi|menyerbu|serbu)\s+(?=\S)/iu;
/** Visitors named by what they are, not by their region: "Delapan kepala daerah menyerbu Banyuwangi". */
const VISITING_SUBJECT = /\b(?:kepala daerah|rombongan|delegasi|peserta|tamu|pejabat|bupati|wali\s?kota|kepala desa|kades|lurah|camat)\b/iu;
/** "Selain Kabupaten X, kunjungan itu juga bersama dengan Kabupaten Y": further visitors, joined to the first. */
const ALSO_WITH = /\bselain\s+([^.;]*?)\s+juga\s+(?:bersama(?:\s+dengan)?|diikuti(?:\s+oleh)?|dengan)\s+/iu;
/**
 * "Selain Kota X, ada dua instansi dari dua daerah lain yang juga turut mengikuti Kaji Tiru di Kabupaten Y, diantaranya
 * dari daerah Kabupaten A dan Kabupaten B": others who joined the same visit, listed after the marker.
 */
const OTHERS_ALSO = /^selain\s[^.;]*?\b(?:juga|turut)\b[^.;]*?\b(?:di\s?antaranya|antara\s+lain|yaitu|yakni)\s+(?:(?:dari|daerah|pemerintah)\s+)*/iu;
/** "Pemkab X melakukan kunjungan studi tiru untuk mempelajari …": a visit whose host the sentence leaves out. */
const VISIT_WITHOUT_PLACE = new RegExp(String.raw`\b(?:melakukan|melaksanakan|mengadakan|adakan|lakukan|menggelar)\s+(?:kegiatan\s+|kunjungan\s+(?:kerja\s+)?)?(?:${STUDY_WORDS}|bench[ -]?ma?rk(?:ing)?|kaji[ -]tiru|uji[ -]tiru|studi komparasi|studi referensi|kaji banding|kunjungan kerja|kunker)\b`, 'iu');
/** "Rombongan Pemkab X …", "Delegasi Kabupaten X …", "Rombongan Diklatpim dari Kabupaten X": a party that came to visit. */
const DELEGATION = /\b(?:rombongan|delegasi|tim|peserta)\s+(?:(?=(?:dari\s+)?(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemda|Pemprov|Pemdes|Kabupaten|Kota|Provinsi|Kecamatan|Kelurahan|Desa|Nagari|Gampong|DPRD|Bupati|Wali|TP[ -]PKK|Tim Penggerak))|(?:\S+\s+){0,6}?dari\s+(?=\p{Lu}))/giu;
/**
 * "Rombongan Diskominfo Kabupaten Jembrana", "Rombongan KIM Sumber Makmur Desa Y": an office of a government or a
 * group of a village, in capitalised words up to the region's level word.
 */
const OFFICE_DELEGATION = /\b(?:[Rr]ombongan|[Dd]elegasi|[Tt]im|[Pp]eserta)\s+(?:(?:\p{Lu}[\p{L}-]*|dan),?\s+){1,6}(?=(?:Kabupaten|Kota|Provinsi|Kab\.|Kecamatan|Kelurahan|Desa|Nagari|Gampong)\s)/gu;
/**
 * A sentence that lists the visitors: "Mereka adalah Wali Kota Dumai …, Wakil Bupati Magetan …", "Rombongan itu terdiri
 * dari 12 lurah se-Kecamatan X", "Dua kabupaten yang berkunjung … yaitu Kabupaten A dan Kabupaten B", "Tiga kabupaten tersebut
 * yaitu DPRD Kabupaten A, … Sedang, kota yaitu Kota B", "Mereka berasal dari empat kabupaten dan kota, yakni Kota A, …",
 * "Berasal dari tujuh kabupaten. Ada dari Kabupaten A, B …".
 */
const VISITOR_LIST = /^(?:(?:mereka|rombongan(?:\s+(?:itu|ini|tersebut))?|tamu(?:\s+(?:itu|ini|tersebut))?)\s+(?:adalah|yakni|yaitu|terdiri\s+(?:dari|atas))\s|(?:(?:mereka|(?:para\s+)?peserta|rombongan)(?:\s+(?:itu|ini|tersebut))?\s+)?(?:ber)?asal\s+dari\s|(?:(?:sedang(?:kan)?|adapun),?\s+)?(?:\p{L}+\s+)?(?:kabupaten|kota|daerah|pemda|pemkab|pemkot|pemerintah(?:\s+daerah)?|kepala\s+daerah|provinsi)(?:\s+(?:itu|ini|tersebut))?,?\s+(?:adalah|yakni|yaitu)\s|[^.;]*?\b(?:yang\s+(?:ber)?kunjung|yang\s+datang|yang\s+hadir|yang\s+(?:turut\s+)?(?:mengikuti|ikut))\b[^.;]*?\b(?:yaitu|yakni|adalah|di\s?antaranya|antara\s+lain)\s)/iu;
/** An event opened, inaugurated or launched by someone named next: "dibuka langsung oleh", "diresmikan oleh". */
const OPENED_BY = /\b(?:dibuka|diresmikan|diluncurkan|dilaunching)\s+(?:(?:langsung|secara\s+resmi|resmi)\s+)?oleh\s+/iu;
/** "Turut hadir …", "Ikut hadir dalam acara tersebut, …", "Hadir pula …": who else attended, listed next. */
const PRESENT_TOO = /\b(?:(?:turut|ikut|tampak)\s+hadir|hadir\s+(?:pula|juga))\b(?:\s+(?:dalam|pada)\s+(?:acara|kegiatan|kesempatan|rapat)(?:\s+(?:tersebut|itu|ini))?)?,?\s+/iu;
/** "dihadiri oleh perwakilan Bappeda dari …", "diikuti para camat dari …": those who attended, named by where they come from. */
const ATTENDED_FROM = /\b(?:dihadiri|diikuti)\s+(?:oleh\s+)?[^.;]{0,80}?\bdari\s+(?=\p{Lu})/iu;
/** "Balai Kota Y dikunjungi rombongan Pemkot X", "Kabupaten Y menjadi tujuan studi tiru … dari Kabupaten X": the subject hosts. */
const VISITED = /\b(?:dikunjungi|didatangi|disambangi|(?:menjadi|jadi)\s+(?:tujuan|lokasi|tempat|rujukan|destinasi)\s+(?:\p{L}+\s+){0,2}?(?:stud[iy]|kunjungan|kunker|belajar|kaji))\b\S*/iu;
/** "dipilih oleh Pemkab X sebagai lokasi studi tiru": the chooser (group 1) and the choice as a place to visit. */
const CHOSEN_BY = /\bdipilih\s+oleh\s+([^.;]{2,80}?)\s+sebagai\s+(?:lokasi|lokus|tujuan|tempat|destinasi)\b/iu;
/** "memilih Pemerintah Kota Y sebagai tempat …": the choice (group 1) as a place to visit or hold something. */
const CHOOSES = /\bmemilih\s+(?=(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi|Desa)\b)([^.;]{2,80}?)\s+sebagai\s+(?:lokasi|lokus|tujuan|tempat|destinasi)\b/u;
/** "Rombongan … dari Kabupaten X disambut/diterima (oleh) Sekretaris Daerah Kota Y": the visitors are received by the host. */
const RECEIVED_BY = /\b(?:disambut|diterima)\s+(?:langsung\s+|hangat\s+)?(?:oleh\s+)?/iu;
/** A visit named right after "disambut/diterima" (no "oleh"): its visitors follow, in a passive with the subject last. */
const INVERTED_VISITORS = /^(?:(?:secara\s+resmi|dengan\s+hangat|langsung|pula|juga)\s+)*(?:rombongan|kunjungan|delegasi|tamu)\b/iu;
/** Words that make the subject of "disambut/diterima" a visit, not a proposal or a report that was accepted. */
const VISITORS = /\b(?:rombongan|kunjungan|kedatangan|peserta|delegasi|tamu|mereka|tim)\b/iu;
/** Words before a region that make it where one or some of the visitors come from, not who sent them. */
const SOME_OF = /(?:^|[^\p{L}])(?:satu|seorang|salah\s+(?:satu|seorang)|sebagian(?:\s+(?:besar|kecil|lagi))?)\s+(?:\p{L}+\s+){0,4}?(?:dari\s+)?$/iu;
/** A visit word, then where it was ("… di Kabupaten Y", "… ke Kota Y"): the start of a visit told in the passive. */
const PASSIVE_VISIT = new RegExp(String.raw`\b(?:${STUDY_WORDS}|kaji[ -]tiru|uji[ -]tiru|kaji banding|kunjungan kerja|kunker)\b[^.;]*?\b(?:di|ke)\s+(?=\p{Lu})`, 'iu');
/** "… yang digelar oleh X", "dilakukan oleh X": the agent of a visit told in the passive. */
const PASSIVE_AGENT = /\b(?:yang\s+)?(?:digelar|dilakukan|dilaksanakan|diikuti)\s+oleh\s+/iu;
/** "Kunjungan studi tiru digelar Pemkot X, Senin (…), di Kota Y": the agent right after the verb, then the place. */
const PASSIVE_AGENT_FIRST = new RegExp(String.raw`\b(?:${STUDY_WORDS}|kaji[ -]tiru|uji[ -]tiru|kaji banding|kunjungan kerja|kunker)\s+(?:digelar|dilakukan|dilaksanakan)\s+(?:oleh\s+)?(?=(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Pemda|DPRD|TP[ -]PKK|Tim Penggerak|Bupati|Wali\s?kota|Gubernur|rombongan|Rombongan)\b)`, 'u');
/** A plain closing quotation mark before its speaker: '…," kata Bupati X'. */
/** Verbs that give a quotation's speaker ("kata", "ujarnya", "tegas"). */
const SPEECH_VERB = String.raw`(?:kata|ujar|ucap|tutur|ungkap|jelas|terang|papar|tegas|pungkas|tambah|imbuh|sebut)\p{L}*`;
const QUOTE_BEFORE_SPEAKER = new RegExp(String.raw`"(?=\s*,?\s*${SPEECH_VERB}\b)`, 'gu');

/** "“… kami memilih Kota X sebagai lokasi benchmarking …,” kata Kepala BPSDM Y": the speaker's side chose X to visit. */
const CHOSE_AS_PLACE = /\bkami\s+(?:memilih|pilih)\s+(?=\p{Lu})/u;

/** The close of a quotation and the verb that gives its speaker. */
const SPEAKER_AFTER_QUOTE = new RegExp(String.raw`["”]\s*,?\s*${SPEECH_VERB}\s+`, 'u');
/** A clause of time opening a sentence, up to its comma: "Setelah sebelumnya di Kabupaten X, …", "Usai dari Kota Y, …". */
// Also "Di Kota X, rombongan …" and "Dikatakannya, selama berada di Kota X, peserta …": where, not who.
const OPENING_CLAUSE = /^\s*(?:(?:dikatakannya|menurutnya|katanya|lanjutnya|jelasnya),?\s+)?(?:setelah|sesudah|sebelumnya|sebelum|usai|seusai|selepas|sejak|ketika|saat|selama|di)\b[^,]*,/iu;
/** A clause of purpose opening a sentence: "Dalam rangka …", "Guna …", "Untuk …". */
const PURPOSE_CLAUSE = /^\s*(?:dalam\s+rangka|guna|untuk)\s/iu;
/** "Peserta … yang sebagian besar dari Kota X": where only some of the visitors come from, not who sent them. */
const HEDGED = /\bsebagian\b/iu;
/** Words before a region that make it a government rather than a place: "DPRD Provinsi X", "Pemerintah Kabupaten X". */
// An office or team of the region counts too: "Bappeda Provinsi X", "Tim Inovasi Daerah Provinsi X".
const GOVERNMENT_BEFORE = /(?:^|[^\p{L}])(?:Pemerintah|DPRD|Gubernur|Bupati|Wali\s?[Kk]ota|Setda|Sekda|Sekretariat Daerah|Sekretaris Daerah|(?:Dinas|Badan|Biro|Bagian|Tim|Inspektorat|Bappeda|Bapperida|Bappelitbangda|Balitbangda|Diskominfo|BRIDA|Brida)(?:\s+(?:\p{Lu}[\p{L}]*|dan)){0,6})\s+$/u;
/** What may stand between a delegation word and its government: capitalised words of office ("Wakil Bupati") and "dari". */
const DELEGATION_GAP = /^(?:\s*(?:\p{Lu}[\p{L}-]*|dari))*\s*$/u;
/** A sentence whose subject is a pronoun or "the delegation": the government is the previous sentence's subject. */
const PRONOUN_SUBJECT = /^(?:mereka|rombongan(?:\s+(?:ini|itu|tersebut))?|pihaknya|ia|beliau|keduanya)\b/iu;
/** A number of partners, then the list of them: "dengan 10 pemda lainnya, di antaranya dengan …". */
const MANY_PARTNERS = /^\s+dengan\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua belas|beberapa|sejumlah)\s+(?:pemda|daerah|pemerintah daerah|kabupaten(?:\/kota)?|kota|provinsi)(?:\s+(?:lain(?:nya)?))?,?\s*(?:di ?antaranya|antara lain|yaitu|yakni|meliputi)\s+(?:dengan\s+)?/iu;
/** An agreement between two governments: "PKS antara X dan Y", "X menandatangani … dengan Y". */
const AGREEMENT = /\b(?:PKS|MoU|perjanjian kerja ?sama|nota kesepahaman|kesepakatan(?: bersama| replikasi)?|naskah kerja ?sama|menjalin kerja ?sama)\b/iu;
/** "Pemkab X menggelar …", "Bupati X meluncurkan …": an event the subject holds itself, with no guests. */
/** "yang", then at most two words, before a verb: the verb tells of the noun before "yang", not of the subject. */
const IN_RELATIVE_CLAUSE = /\byang\s+(?:\S+\s+){0,2}$/iu;
const HOLDS = /\b(?:menggelar|meluncurkan|melaunching|me-launching|melaunchingkan|merilis|mengadakan|menyelenggarakan|melaksanakan|meresmikan|memimpin|membuka)\b/giu;
/**
 * "menghadiri rapat koordinasi (Rakor) Pemerintah Provinsi X dengan …": a meeting the subject attends, named with
 * the government that convenes it, which hosts.
 */
const ATTENDS_CONVENED = /\b(?:menghadiri|mengikuti|hadir\s+(?:dalam|pada|di))\s+(?:acara\s+|kegiatan\s+)?(?:rapat\s+koordinasi|rakor|rapat\s+kerja|raker|musrenbang)\s*(?:\([^()]{2,12}\)\s*)?(?=(?:Pemerintah|Pemprov|Pemkab|Pemkot|Pemko)\s)/u;
/** A dateline before the first words of a report: "BANJARBARU, klikkalsel.com – ", "MEDIA CENTER BANJARBARU – ". */
// Also "MATTANEWS.CO, OGAN KOMERING ILIR – " (an outlet's domain first), "Surabaya (Antara Jatim) - ",
// "Kasihinfo.com Klaten - ", "Cuplikcom - Lampung Selatan - ", "LANGKAT| ", "TOMOHON, (site.co.id)—Ingin" (a long dash
// may touch the next word): capitalised words, a publisher in brackets, and up to three parts joined by dashes, before
// the first words of the report.
const DATELINE = /^(?:(?:[^–—,.!?]|\.(?=\p{L})){2,40},\s*[^–—!?]{2,60}?|[\p{Lu}\s.]{2,40}(?:\([^()]{2,60}\))?|(?:[\p{Lu}\d][\p{L}\d.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*){0,3}(?:\s*\([^()]{2,60}\))?\s*[–—-]+\s*){0,2}[\p{Lu}\d][\p{L}\d.]*(?:\s+[\p{Lu}\d][\p{L}\d.]*){0,3}(?:\s*\([^()]{2,60}\))?)\s*(?:[–—]+\s*|-+\s+|\|\s+)/u;

/** The start of a sentence that goes on with the list before it: "Ada pula …", "Hadir juga …", "Ada dari …". */
// "Kemudian dari Kabupaten A, B …", "Selanjutnya dari …": the list goes on with the next places the visitors came from.
const LIST_CONTINUED = /^(?:(?:ada|hadir|turut)\s+(?:pula|juga|serta|dari)|(?:kemudian|selanjutnya|lalu)\s+dari)\s/iu;

/** A visit told as the next leg of the same trip: "kunjungan dilanjutkan ke Desa X", "kemudian ke Kota Y". */
const CONTINUED = /\b(?:dilanjutkan|berlanjut|selanjutnya|berikutnya|kemudian)\b/iu;

/** A sentence about visits before this one: "Sebelumnya Kota X juga pernah belajar ke sini". */
const EARLIER = /\b(?:sebelumnya|pernah|dulu|tahun lalu)\b/iu;

/** Where a list of guests stops: the venue, the date, the purpose. */
const GUEST_LIST_END = /(?:,\s*|\s)(?:di|pada|untuk|guna|dalam rangka|terkait|yang|dipimpin|bertempat|sebagai|dengan)\s|[,.;]\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b/u;

/** The position of the first party at or after `index` in parties sorted by index (a binary search: articles may be long). */
function firstAtOrAfter(parties: readonly Party[], index: number): number {
  let low = 0;
  let high = parties.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (parties[middle]!.index < index) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Every party named from `from` up to `to`, in order, for parties sorted by index. */
export function partiesBetween(parties: readonly Party[], from: number, to: number): Party[] {
  return parties.slice(firstAtOrAfter(parties, from), firstAtOrAfter(parties, to));
}

/** The mentions inside a stretch of a sentence, an area named after another it contains dropped ("Kecamatan X, Kabupaten Y" is X). */
function partiesIn(parties: readonly Party[], text: string, from: number, to: number): Party[] {
  // "… serta satu peserta dari Kabupaten Tebo, Provinsi Jambi", "sebagian lagi dari Bangka Belitung": where some
  // visitors come from, not who sent them.
  const all = partiesBetween(parties, from, to);
  // Looked for a little before the stretch too: "salah satu peserta Kabupaten X, Provinsi Y" may start it at Y.
  const someOf = partiesBetween(parties, Math.max(0, from - 60), to).filter((p) => SOME_OF.test(text.slice(Math.max(0, p.index - 50), p.index)));
  // The province printed right after such a region is its own, even where the registry has since split it.
  const provinceAfter = (p: Party, s: Party) => p.area?.level === 'provinsi' && p.index > s.index && /^[\s,]*$/u.test(text.slice(s.index + s.text.length, p.index));
  const inside = all.filter((p) => !someOf.some((s) => s === p || provinceAfter(p, s)));
  const kept: Party[] = [];
  for (const party of inside) {
    // "Cabang Mimika, Provinsi Papua": a province printed as a place right after a regency says where that lies, even
    // where the registry has since moved the regency to a new province.
    const whereItLies = kept.some((k) => k.area && k.area.level !== 'provinsi' && provinceAfter(party, k)) && !/^(?:Pemerintah|Pemprov|DPRD|Gubernur)/u.test(party.text);
    const contains = whereItLies || kept.some((k) => k.area && party.area && k.area.code.startsWith(`${party.area.code}.`));
    if (!contains && !kept.some((k) => key(k) === key(party))) kept.push(party);
  }
  return kept;
}

/** A verb of reporting, then what is reported: "… menjelaskan (bahwa) ". */
const REPORTING_VERB = /\b(?:menjelaskan|mengatakan|menyebutkan|menuturkan|mengungkapkan|menyampaikan|menerangkan)\s+(?:bahwa\s+)?(?=\p{Lu})/gu;
/**
 * Heads' names, then the next head of a government in a list of them: "Trenggalek Mochammad Nur Arifin, Bupati Halmahera
 * Frans Manery, Plt Wali Kota " before "Banjar", " (Sumbar) Mahyeldi Ansharullah dan Gubernur " before "DKI Jakarta". Only capitalised words, commas and "dan" between; the last head's office
 * (group 1) may be printed as part of the next party instead ("Bupati Garut").
 */
const HOLDERS_BETWEEN = /^\s+(?:\([\p{L} ]{2,20}\)\s*)?(?:\p{Lu}[\p{L}.'’-]*\s*,?\s*|dan\s+)*?(?:,\s*(?:dan\s+)?|(?<=\p{L})\s+dan\s+)(?:(?:Plt|Pj|Plh)\.?\s+)?((?:Wakil\s+)?(?:Bupati|Wali(?:\s?[Kk]ota)?|Walikota|Gubernur)\s+)?$/u;
const HEAD_OFFICE_FIRST = /^(?:Wakil\s+)?(?:Bupati|Wali\s?[Kk]ota|Walikota|Gubernur)\s/u;

/** A visit a subject may hold ("menggelar … Studi Tiru"), as a launch or a meeting is held. */
const HELD_VISIT = new RegExp(String.raw`\b(?:${STUDY_WORDS}|kaji[ -]tiru|uji[ -]tiru|studi komparasi|kaji banding|kunjungan kerja|kunker)\b`, 'iu');

/** Whether the text between two parties lists heads of government, the second party being the next head's. */
function joinsHeads(between: string, next: Party): boolean {
  const holders = HOLDERS_BETWEEN.exec(between);
  return Boolean(holders && (holders[1] !== undefined || HEAD_OFFICE_FIRST.test(next.text)));
}

/** The first party of a stretch and those joined to it by "dan", "serta" or a comma: the subject of a clause. */
function subjectIn(parties: readonly Party[], text: string, from: number, to: number): Party[] {
  // "Setelah sebelumnya di desa Mangunan …, rombongan melakukan …": a clause that opens with when or after is no subject;
  // nor is a quotation before the speaker ("“… dari Bali …,” kata Bupati X saat berkunjung ke Y").
  const stretch = text.slice(from, to);
  const opening = OPENING_CLAUSE.exec(stretch);
  // The quotation may have opened in an earlier sentence: its closing mark is enough.
  const quoteEnd = Math.max(stretch.lastIndexOf('”'), [...stretch.matchAll(QUOTE_BEFORE_SPEAKER)].at(-1)?.index ?? -1);
  const quoted = quoteEnd + 1;
  // "Dalam rangka mendapatkan wawasan mengenai DPRD Kota X, …, komisi DPRD Provinsi Y melaksanakan …": after a clause
  // of purpose, the subject follows its last comma.
  const purpose = PURPOSE_CLAUSE.test(stretch) ? stretch.lastIndexOf(',') + 1 : 0;
  // "Bupati X di Banyuwangi menjelaskan Plt Bupati Y, …, dan Bupati Z mengunjungi Banyuwangi": a speaker's words are no
  // subject; what they report is.
  const reported = [...stretch.matchAll(REPORTING_VERB)].at(-1);
  const speech = reported ? reported.index + reported[0].length : 0;
  const inside = partiesIn(parties, text, from + Math.max(opening?.[0].length ?? 0, quoted, purpose, speech), to);
  const subject = inside.slice(0, 1);
  for (const next of inside.slice(1)) {
    const last = subject.at(-1)!;
    // "DPRD Kota Pasuruan (Jawa Timur), Kabupaten Badung (Bali) dan …": a province in brackets only says where the last one lies.
    if (/^\s*\($/u.test(text.slice(last.index + last.text.length, next.index)) && /^\s*\)/u.test(text.slice(next.index + next.text.length))) continue;
    const between = text.slice(last.index + last.text.length, next.index);
    // "Pemkab Sukoharjo dan DPRD Kota Sabang": the second may be a government's council or office; the first may keep
    // its short form in brackets ("DPRD Provinsi Sulawesi Tenggara (Sultra) dan DPRD …"); "bersama dengan" joins as "dan".
    // "A, B, dan C": the serial comma before "dan" joins as "dan" does.
    if (/^\s*(?:\([\p{L} -]{2,30}\)\s*)?(?:,(?:\s*(?:dan|serta))?|dan|serta|&|bersama(?:\s+dengan)?)\s*(?:(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Pemdes|DPRD)\s*)?$/iu.test(between) || joinsHeads(between, next)) subject.push(next);
    else break;
  }
  return subject;
}

/** The parties listed from `from` on, up to where the list ends. */
function listFrom(parties: readonly Party[], text: string, from: number, sentenceEnd: number): Party[] {
  const rest = text.slice(from, sentenceEnd);
  const end = GUEST_LIST_END.exec(rest);
  return partiesIn(parties, text, from, end ? from + end.index : sentenceEnd);
}

interface Frame {
  host?: Party | undefined;
  guests: Party[];
  sentence: Sentence;
  /** The frame settles both sides on its own (a reception or a visit), rather than hinting at one. */
  complete: boolean;
  /** The subject holds the event itself (a launch, a meeting): a host, and guests only if another frame names them. */
  holds?: boolean;
  /** The subject made a visit whose place the sentence does not name. */
  visit?: boolean;
  /** Further places the same visit went to, named with the host ("ke Kota X dan Kabupaten Y"). */
  alsoHosts?: Party[];
  /** Others said to have joined the same visit, listed rather than framed: guests to check. */
  alsoVisitors?: Party[];
}

/** The frame one sentence states, if any. */
function frameOf(sentence: Sentence, text: string, parties: readonly Party[], placeOfEvent: (party: Party) => boolean, previous?: Sentence): Frame | undefined {
  // The dateline's place is where the report was filed, not the subject of its first sentence.
  const at = sentence.start;
  const start = at + (DATELINE.exec(sentence.text)?.[0].length ?? 0);
  const end = at + sentence.text.length;
  // "Mereka berkunjung ke Kota Madiun": the visitors are the previous sentence's subject.
  const subjectOf = (verbAt: number, from = start) => {
    const own = subjectIn(parties, text, from, verbAt);
    if (own.length || !previous || !PRONOUN_SUBJECT.test(text.slice(start, verbAt).trim())) return own;
    const previousStart = previous.start + (DATELINE.exec(previous.text)?.[0].length ?? 0);
    return subjectIn(parties, text, previousStart, previous.start + previous.text.length);
  };
  const receives = RECEIVES.exec(sentence.text);
  // "Kedatangan Wakil Wali Kota X … disambut Bupati Y": opening the sentence, "kedatangan" is the arrival, not a verb.
  // Nor after a noun or preposition ("maksud dan tujuan kedatangan studi banding DPRD X ke Y").
  const arrival =
    receives &&
    /^kedatangan$/iu.test(receives[0].split(/\s+/)[0]!) &&
    (!text.slice(start, at + receives.index).trim() || /\b(?:maksud|tujuan|atas|rangka|saat|setiba|menyambut|sambut|menerima|terima)\s+$/iu.test(sentence.text.slice(0, receives.index)));
  if (receives && !arrival) {
    const verbAt = at + receives.index;
    const host = subjectIn(parties, text, start, verbAt).at(-1);
    const fromAt = sentence.text.indexOf(' dari ', receives.index);
    // Without "dari", the guests are the object, which may itself be an office ("menerima Pj. Walikota Salatiga").
    const objectAt = verbAt + receives[0].split(/\s+/)[0]!.length;
    // "menerima kunjungan dari Pemkab X": the list starts at "dari"; "menerima kunjungan Pemko Binjai dari Sumatera
    // Utara": the guest is named before "dari", which then adds only where it lies.
    const namedBefore = fromAt >= 0 && partiesBetween(parties, objectAt, at + fromAt).length > 0;
    // "… yang menerima rombongan, berbagi kiat bagaimana langkah Banyuwangi …": the host named again is no guest.
    const guests = listFrom(parties, text, fromAt >= 0 && !namedBefore ? at + fromAt : objectAt, end).filter((g) => !host || key(g) !== key(host));
    if (host || guests.length) return { host, guests, sentence, complete: Boolean(host && guests.length) };
  }
  const visited = VISITED.exec(sentence.text);
  if (visited) {
    const verbAt = at + visited.index;
    const host = subjectIn(parties, text, start, verbAt).at(-1);
    const afterAt = verbAt + visited[0].length;
    const fromAt = text.slice(afterAt, end).search(/\bdari\s/u);
    const namedBefore = fromAt >= 0 && partiesBetween(parties, afterAt, afterAt + fromAt).length > 0;
    const guests = listFrom(parties, text, fromAt >= 0 && !namedBefore ? afterAt + fromAt : afterAt, end).filter((g) => !host || key(g) !== key(host));
    if (host && guests.length) return { host, guests, sentence, complete: true };
  }
  // "Kota Y dipilih oleh Pemkab X sebagai lokasi studi tiru": the chooser visits the chosen.
  const chooser = CHOSEN_BY.exec(sentence.text);
  if (chooser) {
    const host = subjectIn(parties, text, start, at + chooser.index).at(-1);
    const chooserAt = at + chooser.index + chooser[0].indexOf(chooser[1]!);
    const guests = partiesIn(parties, text, chooserAt, chooserAt + chooser[1]!.length).filter((g) => !host || key(g) !== key(host));
    if (host && guests.length) return { host, guests, sentence, complete: true };
  }
  // "Pemkab X memilih Pemkot Y sebagai tempat …": the chooser visits the chosen, told in the active.
  const chooses = CHOOSES.exec(sentence.text);
  if (chooses) {
    const choiceAt = at + chooses.index + chooses[0].indexOf(chooses[1]!);
    const host = partiesBetween(parties, choiceAt, choiceAt + chooses[1]!.length)[0];
    const guests = subjectIn(parties, text, start, at + chooses.index).filter((g) => !host || key(g) !== key(host));
    if (host && guests.length) return { host, guests, sentence, complete: true };
  }
  // "Studi tiru pengembangan pariwisata di Kabupaten Jepara, yang digelar oleh Gubernur Gorontalo": told in the passive.
  const passive = PASSIVE_VISIT.exec(sentence.text);
  const agent = passive ? PASSIVE_AGENT.exec(sentence.text.slice(passive.index + passive[0].length)) : null;
  if (passive && agent) {
    const placeAt = at + passive.index + passive[0].length;
    const host = listFrom(parties, text, placeAt, end)[0];
    const guests = listFrom(parties, text, placeAt + agent.index + agent[0].length, end).filter((g) => !host || key(g) !== key(host));
    if (host && guests.length) return { host, guests, sentence, complete: true };
  }
  const agentFirst = PASSIVE_AGENT_FIRST.exec(sentence.text);
  if (agentFirst) {
    const agentAt = at + agentFirst.index + agentFirst[0].length;
    const place = /^[^.;]*?\b(?:di|ke)\s+(?=\p{Lu})/u.exec(text.slice(agentAt, end));
    const guests = place ? subjectIn(parties, text, agentAt, agentAt + place[0].length) : [];
    const host = place ? listFrom(parties, text, agentAt + place[0].length, end).find((p) => !guests.some((g) => key(g) === key(p))) : undefined;
    if (host && guests.length) return { host, guests, sentence, complete: true };
  }
  const visits = currentVisit(sentence.text);
  if (visits) {
    const verbAt = at + visits.index;
    const toAt = verbAt + visits[0].length;
    // "studi banding ke Badan Usaha Milik Adat (BUMDA) di Desa Kutuh": an institution, then the place it is in.
    const institutionAt = /^[^.;,]{0,80}?\sdi\s+(?=\p{Lu})/u.exec(text.slice(toAt, end));
    const named = listFrom(parties, text, toAt, end);
    const [named0, ...further] = named.length || !institutionAt ? named : listFrom(parties, text, toAt + institutionAt[0].length, end);
    // "ke Jawa Tengah khususnya di Kota Semarang": the place inside the province that the sentence singles out hosts.
    const singled = named0?.area?.level === 'provinsi' ? /^[\s,]*(?:khususnya|terutama|tepatnya)\s+(?:(?:di|ke)\s+)?/iu.exec(text.slice(named0.index + named0.text.length, end)) : null;
    const inside = singled ? partiesBetween(parties, named0!.index + named0!.text.length, named0!.index + named0!.text.length + singled[0].length + 1)[0] : undefined;
    // "kunjungan kerja ke Labuan Bajo Nusa Tenggara Timur yang diterima langsung oleh Wakil Bupati Manggarai Barat": the
    // regency of that province whose people received them hosts.
    const received = named0?.area?.level === 'provinsi' ? RECEIVED_BY.exec(text.slice(named0.index, end)) : null;
    const receiver = received ? listFrom(parties, text, named0!.index + received.index + received[0].length, end)[0] : undefined;
    const within = (p: Party | undefined) => Boolean(p?.area && p.area.code.startsWith(`${named0!.area!.code}.`));
    const host = within(inside) ? inside : within(receiver) ? receiver : named0;
    // "Kunjungan kerja Pemerintah Kabupaten X ke Kabupaten Y …": a visit named as a noun that opens the sentence or a
    // clause, or that something is seen from ("terlihat dari kunjungan kerja X ke Y"), may name its visitors right after
    // it, before "ke"; not one awaited or recalled ("kami menunggu kunjungan balasan Pemkot X ke …").
    // Nor visits in the plural or of before ("lanjutan dari kunjungan-kunjungan sebelumnya … oleh X ke Y").
    const opensClause = /(?:^|,|\b(?:dari|atas|adanya))\s*$/u.test(text.slice(start, verbAt));
    const noun = opensClause ? VISIT_NOUN.exec(visits[0]) : null;
    const recalled = noun && /^(?:-\p{L}|\s+(?:sebelumnya|terdahulu|lalu)\b)/u.test(text.slice(verbAt + noun[0].length));
    const placeWordAt = toAt - (/(?:ke|di)\s+$/u.exec(visits[0])?.[0].length ?? 0);
    const subject = subjectOf(verbAt, Math.max(start, at + visits.clause));
    const guests = subject.length || !noun || recalled ? subject : subjectIn(parties, text, verbAt + noun[0].length, placeWordAt);
    // Read so, a visit to a school or a village ("ke SDN 1 Boloh, Kecamatan Toroh") leaves open whose guest it was.
    const settled = subject.length > 0 || ['provinsi', 'kabupaten', 'kota'].includes(host?.area?.level ?? '');
    // "Bupati X melakukan kunjungan kerja ke Kecamatan Y" (Y in X): a visit inside one's own region, which X hosts. A
    // study visit to one of its villages ("Studi Tiru … di Desa Y") is the village's to host, to check.
    const own = host && guests.find((g) => g.area && host.area && host.area.code.startsWith(`${g.area.code}.`));
    const toOwnVillage = own && STUDY_VISIT.test(visits[0]) && ['desa', 'kelurahan'].includes(host!.area!.level);
    if (own && toOwnVillage) return { host, guests: [own], sentence, complete: false };
    if (own) return { host: own, guests: [], sentence, complete: false };
    const others = OTHERS_ALSO.exec(sentence.text);
    const alsoVisitors = others && host ? listFrom(parties, text, at + others[0].length, end).filter((p) => key(p) !== key(host) && !guests.some((g) => key(g) === key(p))) : [];
    // "studi tiru ke Kota X dan Kabupaten Y": one trip to two hosts, of which the report may be about either.
    const alsoHosts = further.filter((p) => p.area && host?.area && !p.area.code.startsWith(`${host.area.code}.`) && !guests.some((g) => key(g) === key(p)) && !alsoVisitors.some((v) => key(v) === key(p)));
    if (host) return { host, guests: guests.filter((g) => key(g) !== key(host)), sentence, complete: guests.length > 0 && settled, alsoHosts, alsoVisitors };
  }
  const receivedBy = RECEIVED_BY.exec(sentence.text);
  // "… telah diterima secara resmi rombongan kunjungan kerja Pemerintah Kota X": the visitors follow the verb, and the
  // sentence leaves the host to others.
  const visitorsAfter = receivedBy && !/oleh\s+$/u.test(receivedBy[0]) ? INVERTED_VISITORS.exec(sentence.text.slice(receivedBy.index + receivedBy[0].length)) : null;
  if (receivedBy && visitorsAfter) {
    const guests = listFrom(parties, text, at + receivedBy.index + receivedBy[0].length + visitorsAfter[0].length, end);
    if (guests.length) return { guests, sentence, complete: false };
  }
  if (receivedBy && VISITORS.test(sentence.text.slice(0, receivedBy.index))) {
    const verbAt = at + receivedBy.index;
    const host = listFrom(parties, text, verbAt + receivedBy[0].length, end)[0];
    const before = text.slice(start, verbAt);
    const fromAt = before.search(/\bdari\s/u);
    // "Rombongan Pemerintah Desa X dari Kabupaten Y diterima …": the delegation named before "dari" is the guest, in Y.
    const namedBefore = fromAt >= 0 && partiesBetween(parties, start, start + fromAt).length > 0;
    // "rombongan di desa X disambut Kepala Dinas … Kabupaten Y": a place inside the host is where they were, not who came.
    const inHost = (g: Party) => Boolean(host?.area && g.area && g.area.code.startsWith(`${host.area.code}.`));
    const guests = (fromAt >= 0 ? partiesIn(parties, text, namedBefore ? start : start + fromAt, verbAt) : subjectOf(verbAt)).filter((g) => !host || (key(g) !== key(host) && !inHost(g)));
    if (host && guests.length) return { host, guests, sentence, complete: !HEDGED.test(before) };
    // "Kedatangan Bupati bersama rombongan disambut Kepala Dinas Pariwisata Kabupaten Y": the host of visitors named elsewhere.
    if (host) return { host, guests: [], sentence, complete: false };
  }
  const visitsObject = VISITS_OBJECT.exec(sentence.text);
  if (visitsObject) {
    const verbAt = at + visitsObject.index;
    // "mengunjungi ruang server di Kantor Diskominfo Kota Kediri": the object may be a room in the host's building.
    const objectAt = verbAt + visitsObject[0].length;
    const inRoom = /^[^.;,]*?\bdi\s+/u.exec(text.slice(objectAt, end));
    const host = listFrom(parties, text, objectAt, end)[0] ?? (inRoom ? listFrom(parties, text, objectAt + inRoom[0].length, end)[0] : undefined);
    const guests = subjectOf(verbAt).filter((g) => !host || key(g) !== key(host));
    if (host && guests.length) return { host, guests, sentence, complete: true };
    if (host && VISITING_SUBJECT.test(text.slice(start, verbAt))) return { host, guests: [], sentence, complete: false };
  }
  // A visit that names no place: its subject are the guests; the host is settled later (the dateline, the venue).
  const withoutPlace = VISIT_WITHOUT_PLACE.exec(sentence.text);
  if (withoutPlace) {
    const guests = subjectOf(at + withoutPlace.index);
    // "… melaksanakan studi banding bersama …, pada tanggal …, di Katamas Desa Karangtalun …": a place after "di" later
    // in the sentence is likely the host, but the sentence does not say so as a frame does.
    const afterAt = at + withoutPlace.index + withoutPlace[0].length;
    const placeAt = /\bdi\s+(?=\p{Lu})/u.exec(text.slice(afterAt, end));
    const place = placeAt ? partiesIn(parties, text, afterAt + placeAt.index, end).find((p) => !guests.some((g) => key(g) === key(p) || (g.area && p.area && g.area.code.startsWith(`${p.area.code}.`)))) : undefined;
    if (guests.length) return { host: place, guests, sentence, complete: false, visit: !place };
  }
  const agreement = AGREEMENT.exec(sentence.text);
  if (agreement) {
    const between = /\bantara\s+/iu.exec(sentence.text);
    const withAt = sentence.text.search(/\sdengan\s/u);
    // "Pemkab X dan Pemkab Y melakukan penandatanganan PKS": both sides are the subject.
    const subject = subjectIn(parties, text, start, at + agreement.index);
    const sides = between
      ? partiesIn(parties, text, at + between.index, end).slice(0, 2)
      : withAt >= 0
        ? [...subjectIn(parties, text, start, at + withAt).slice(0, 1), ...listFrom(parties, text, at + withAt + 1, end).slice(0, 1)]
        : subject.length === 2
          ? subject
          : [];
    // "Pemprov X juga menandatangani kesepakatan dengan 10 pemda lainnya, di antaranya dengan Pemprov A, Kota B …": the
    // subject signs with every government the list names. Likely only: the list may leave some out.
    const partnersAt = sentence.text.slice(agreement.index).search(/\sdengan\s/u);
    const many = partnersAt >= 0 ? MANY_PARTNERS.exec(sentence.text.slice(agreement.index + partnersAt)) : null;
    const signer = partiesBetween(parties, start, at + agreement.index).at(-1);
    if (many && signer) {
      const partners = partiesIn(parties, text, at + agreement.index + partnersAt + many[0].length, end).filter((p) => key(p) !== key(signer));
      if (partners.length) return { host: signer, guests: partners, sentence, complete: false };
    }
    if (sides.length === 2) {
      // The host is the side where the signing takes place; without that, the frame cannot tell.
      const hosts = sides.filter(placeOfEvent);
      const host = hosts.length === 1 ? hosts[0]! : sides[0]!;
      return { host, guests: sides.filter((s) => s !== host), sentence, complete: hosts.length === 1 };
    }
  }
  // "Acara tersebut dibuka langsung oleh Bupati Trenggalek …": the government whose head opened an event holds it, likely.
  const opened = OPENED_BY.exec(sentence.text);
  const opener = opened ? listFrom(parties, text, at + opened.index + opened[0].length, end)[0] : undefined;
  if (opener && opener.index - (at + opened!.index + opened![0].length) < 40) return { host: opener, guests: [], sentence, complete: false };
  const attends = ATTENDS_CONVENED.exec(sentence.text);
  if (attends) {
    const convenerAt = at + attends.index + attends[0].length;
    const convener = partiesIn(parties, text, convenerAt, end)[0];
    const attendees = subjectOf(at + attends.index).filter((party) => key(party) !== (convener && key(convener)));
    if (convener && convener.index - convenerAt < 40) return { host: convener, guests: attendees, sentence, complete: false };
  }
  // Not a verb in a relative clause about others ("… bersama 5 bupati yang daerahnya melaksanakan Pilkada").
  const clause = sentence.text.slice(start - sentence.start);
  const holds = [...clause.matchAll(HOLDS)].find((m) => !IN_RELATIVE_CLAUSE.test(clause.slice(Math.max(0, m.index - 30), m.index)));
  if (holds) {
    const verbAt = start + holds.index;
    // "Pemprov X menggelar … Studi Tiru di Kota Y": what the subject holds is a visit, so it is the guest and Y hosts.
    const visitAt = text.slice(verbAt, end).search(HELD_VISIT);
    const place = visitAt >= 0 ? /^[^.;]*?\b(?:di|ke)\s+(?=\p{Lu})/u.exec(text.slice(verbAt + visitAt, end)) : null;
    const visited = place ? listFrom(parties, text, verbAt + visitAt + place[0].length, end)[0] : undefined;
    const subject = subjectIn(parties, text, start, verbAt);
    if (visited && subject.length && !subject.some((g) => key(g) === key(visited))) return { host: visited, guests: subject, sentence, complete: false };
    // "Pj Wali Kota X, yang memimpin langsung rombongan …": who leads a delegation is its guest, not a host.
    if (subject.length && /^memimpin\s+(?:langsung\s+)?(?:rombongan|delegasi|kunjungan|tim)\b/iu.test(text.slice(verbAt, end))) return { guests: subject, sentence, complete: false };
    // "Wakil Gubernur X meresmikan Mall Pelayanan Publik (MPP) milik Pemerintah Kabupaten Y": what is opened is Y's, and
    // Y hosts; the province's official attends.
    const owned = /^[^.;]{0,120}?\b(?:milik|punya|kepunyaan)\s+(?=(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi)\b)/u.exec(text.slice(verbAt, end));
    const owner = owned ? listFrom(parties, text, verbAt + owned[0].length, end)[0] : undefined;
    const host = owner?.area && subject.at(-1)?.area && owner.area.code.startsWith(`${subject.at(-1)!.area!.code}.`) ? owner : subject.at(-1);
    if (host) return { host, guests: [], sentence, complete: host === subject.at(-1), holds: true };
  }
  const also = ALSO_WITH.exec(sentence.text);
  if (also) {
    const guests = partiesIn(parties, text, at + also.index, end);
    if (guests.length) return { guests, sentence, complete: false };
  }
  // "“Inilah alasan kami memilih Kota X sebagai lokasi benchmarking,” kata Kepala BPSDM Y": a visitor known only as the
  // speaker of the quotation; the place chosen hosts. Left to check: the quotation may speak for others.
  const chose = CHOSE_AS_PLACE.exec(sentence.text);
  const chosen = chose ? partiesBetween(parties, at + chose.index + chose[0].length, end)[0] : undefined;
  const chosenAs = chosen && chosen.index === at + chose!.index + chose![0].length && /^\s+(?:sebagai|menjadi)\s+(?:lokasi|lokus|tujuan|sasaran|tempat|objek|obyek)/u.test(text.slice(chosen.index + chosen.text.length, end));
  const said = chosenAs ? SPEAKER_AFTER_QUOTE.exec(text.slice(chosen!.index, end)) : null;
  if (chosen && said) {
    const saidAt = chosen.index + said.index + said[0].length;
    const speaker = partiesBetween(parties, saidAt, Math.min(end, saidAt + 60)).find((p) => p.area && key(p) !== key(chosen));
    if (speaker && !/[.,;]/u.test(text.slice(saidAt, speaker.index))) return { host: chosen, guests: [speaker], sentence, complete: false };
  }
  // "Acara ini dihadiri oleh perwakilan Bappeda dari Kabupaten A, Kabupaten B, dan Kota C": who came to a meeting, to check.
  const attended = ATTENDED_FROM.exec(sentence.text);
  if (attended) {
    const guests = listFrom(parties, text, at + attended.index + attended[0].length, end);
    if (guests.length) return { guests, sentence, complete: false };
  }
  // "Mereka adalah A, B … Ada pula C, D": a list the next sentence continues.
  const continued = previous && VISITOR_LIST.test(previous.text) ? LIST_CONTINUED.exec(text.slice(start, end)) : null;
  const listed = VISITOR_LIST.exec(text.slice(start, end)) ?? continued;
  if (listed) {
    const guests = partiesIn(parties, text, start + listed[0].length, end);
    if (guests.length) return { guests, sentence, complete: false };
  }
  // "Selain rombongan Pemkab X, hadir juga rombongan Pemprov Y": every delegation the sentence names.
  const delegations = [...sentence.text.matchAll(DELEGATION), ...sentence.text.matchAll(OFFICE_DELEGATION)];
  const guests: Party[] = [];
  for (const delegation of delegations) {
    const from = at + delegation.index + delegation[0].length;
    const named = subjectIn(parties, text, from, end);
    // "Rombongan Pemkab X", "rombongan dari Pemerintah Kabupaten X"; not "rombongan Bupati kembali … di Kabupaten Y".
    if (named.length && !DELEGATION_GAP.test(text.slice(from, named[0]!.index))) continue;
    for (const guest of named) if (!guests.some((g) => key(g) === key(guest))) guests.push(guest);
  }
  if (guests.length) return { guests: guests.sort((a, b) => a.index - b.index), sentence, complete: false };
  // "Ikut hadir dalam acara tersebut, Wali Kota Medan, Wali Kota Binjai dan Bupati Deli Serdang": other governments'
  // heads or officials at the event (the host's own are dropped later); not the kecamatan or villages of a local event
  // ("para kepala desa se-Kecamatan Baki"). Likely only.
  const present = PRESENT_TOO.exec(sentence.text);
  const attendees = present ? partiesIn(parties, text, at + present.index + present[0].length, end).filter((p) => !p.area || ['kabupaten', 'kota', 'provinsi'].includes(p.area.level)) : [];
  if (attendees.length) return { guests: attendees, sentence, complete: false };
  return undefined;
}

/**
 * Host and guests from the frames Indonesian reports use: a reception ("Y menerima kunjungan X"), a visit
 * ("X studi tiru ke Y", "Bupati X bertandang ke Y"), an agreement ("PKS antara X dan Y"), a delegation ("Rombongan
 * Pemkab X"). The first complete frame of the body decides; it is sure when no other frame contradicts it.
 */
export function findParties(sentences: readonly Sentence[], text: string, parties: readonly Party[], placeOfEvent: (party: Party) => boolean): FoundParties {
  const frames = sentences.flatMap((sentence, i) => frameOf(sentence, text, parties, placeOfEvent, sentences[i - 1]) ?? []);
  let main = frames.find((f) => f.complete && f.host && !f.holds) ?? frames.find((f) => f.complete && f.host) ?? frames.find((f) => f.host);
  // "studi tiru ke Provinsi X … disambut Bupati Y": a regency of that province receiving them is the host.
  const province = main?.host?.area?.level === 'provinsi' ? main.host.area.code : undefined;
  main = (province && frames.find((f) => f.complete && !f.holds && f.host?.area?.code.startsWith(`${province}.`))) || main;
  // "studi tiru ke beberapa desa di Provinsi X … kunjungan dilanjutkan ke Desa Y di Kota Z": with no frame settling it,
  // the first place inside that province the same visitors went to hosts, unsure.
  const stop =
    main?.host?.area?.level === 'provinsi' && !main.complete
      ? frames.find((f) => f !== main && !f.holds && CONTINUED.test(f.sentence.text) && f.host?.area?.code.startsWith(`${main!.host!.area!.code}.`) && f.guests.every((g) => main!.guests.some((own) => key(own) === key(g))))
      : undefined;
  if (main && stop) main = { ...main, host: stop.host };
  let host = main?.host;
  const guests = [...(main?.guests ?? [])];
  // Visitors known but no frame names where they went: the place the report is filed from or set in hosts, unsure.
  // A regency or city is the place rather than its province, which a dateline in capitals may also name.
  const visitors = frames.find((f) => f.visit || (!f.host && f.guests.length))?.guests ?? [];
  if (!host && visitors.length) {
    const places = parties.filter((p) => p.area && placeOfEvent(p) && !visitors.some((v) => key(v) === key(p)));
    host = places.find((p) => ['kabupaten', 'kota'].includes(p.area!.level)) ?? places.find((p) => p.area!.level === 'provinsi');
  }
  // A delegation or a later frame may name guests the main frame left out; so may a list of others who joined. Guests
  // the main frame took from the sentence before ("Mereka adalah A dan B. Rombongan diterima …") are as likely only.
  const inOwnSentence = (g: Party) => Boolean(main && g.index >= main.sentence.start && g.index < main.sentence.start + main.sentence.text.length);
  let guessed = Boolean(main?.guests.some((g) => !inOwnSentence(g)));
  const joinedSameVisit = frames.flatMap((f) => (f === main || (f.host && host && key(f.host) === key(host)) ? (f.alsoVisitors ?? []) : []));
  for (const other of joinedSameVisit) {
    if ((host && key(other) === key(host)) || guests.some((g) => key(g) === key(other))) continue;
    guests.push(other);
    guessed = true;
  }
  if (host) {
    for (const frame of frames.filter((f) => f !== main)) {
      // A frame that names another host tells of another visit; one naming the same host, of a second delegation.
      const sameHost = frame.host && key(frame.host) === key(host) && !EARLIER.test(frame.sentence.text);
      for (const guest of frame.guests) {
        if (key(guest) === key(host) || guests.some((g) => key(g) === key(guest)) || (frame.host && !sameHost)) continue;
        guests.push(guest);
        if (!frame.complete) guessed = true;
      }
    }
  } else {
    for (const frame of frames) for (const guest of frame.guests) if (!guests.some((g) => key(g) === key(guest))) guests.push(guest);
  }
  // A frame naming the host's own province ("studi tiru ke Provinsi X") does not contradict it.
  const enclosesHost = (p: Party) => Boolean(host?.area && p.area && host.area.code.startsWith(`${p.area.code}.`));
  const contradicted = frames.some(
    (f) => f.complete && !f.holds && f !== main && ((f.host && host && key(f.host) !== key(host) && !enclosesHost(f.host)) || f.guests.some((g) => host && key(g) === key(host))),
  );
  // "studi banding di Bali", "ke Provinsi Bali": a province the article never names as a government ("Pemprov Bali",
  // "DPRD Provinsi Bali") is where the visit went (to its villages, its sights), not who hosted it.
  const asGovernment = (p: Party) => /^(?:Pemprov|Pemkab|Pemkot|Pemko|Gubernur|Bupati|Wali\s?[Kk]ota|Pemerintah|DPRD)/u.test(p.text) || GOVERNMENT_BEFORE.test(text.slice(Math.max(0, p.index - 70), p.index));
  const placeOnly = host?.area?.level === 'provinsi' && !parties.some((p) => p.area?.code === host.area!.code && asGovernment(p));
  // A report that also tells of an earlier visit between the same two ("Pemkab X yang beberapa waktu lalu berkunjung ke
  // Kota Y …") may be read either way.
  const namedIn = (s: Sentence) => partiesBetween(parties, s.start, s.start + s.text.length).map(key);
  const earlierVisit = sentences.some((s) => tellsOfEarlierVisit(s.text) && host && namedIn(s).includes(key(host)) && guests.some((g) => namedIn(s).includes(key(g))));
  const sure = Boolean(main?.complete && main.host === host && host?.area && !contradicted && !main.alsoHosts?.length && !earlierVisit);
  // A visit frame with another host whose visitors are this event's (or unnamed) tells of a second stop of the trip.
  const within = (p: Party) => Boolean(host?.area && p.area && (p.area.code === host.area.code || p.area.code.startsWith(`${host.area.code}.`)));
  const otherPlaces: Party[] = [...(main?.host === host ? (main?.alsoHosts ?? []) : [])];
  for (const frame of frames) {
    const place = frame.host;
    if (!host || !place || frame === main || frame.holds || within(place) || enclosesHost(place) || guests.some((g) => key(g) === key(place))) continue;
    if (frame.guests.every((g) => guests.some((own) => key(own) === key(g))) && !otherPlaces.some((p) => key(p) === key(place))) otherPlaces.push(place);
  }
  // "Kelurahan Tulusrejo, Kota Malang" and "Kota Malang" are one stop: the wider name stands for it.
  const inside = (a: Party, b: Party) => Boolean(a.area && b.area && a.area.code.startsWith(`${b.area.code}.`));
  const stops = otherPlaces.filter((p) => !otherPlaces.some((other) => inside(p, other)));
  const quote = main?.sentence.text ?? frames[0]?.sentence.text;
  if (placeOnly) return { place: host, guests, quote, sure: false, guestsSure: false, otherPlaces: stops };
  // The host's own province, printed beside the visitors ("… dan rombongan, Jawa Tengah, Sabtu"), is no guest; nor is
  // the visitors' own province or regency, named by another sentence than the main one ("Desa Batuan, Kabupaten Gianyar
  // … studi banding oleh Desa Batuan dari Bali", "… tim dari Gianyar"), unless its government is named ("Pemprov Bali
  // dan Pemkab Gianyar").
  const visitorsOwnRegion = (g: Party) => !main?.guests.some((own) => key(own) === key(g)) && guests.some((other) => inside(other, g)) && !parties.some((p) => p.area?.code === g.area!.code && asGovernment(p));
  return { host, guests: guests.filter((g) => !enclosesHost(g) && !visitorsOwnRegion(g)), quote, sure, guestsSure: sure && !guessed, otherPlaces: stops };
}
