import { sentenceAround, sentenceStart } from './text';
import { isCalendarDate } from '../../schemas/common';

/** Weekday names as Indonesian news prints them, Sunday first (the order of `Date#getUTCDay`). */
const WEEKDAYS = ['minggu', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'] as const;

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, pebruari: 2, ferbruari: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5,
  juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, november: 11, nov: 11, nopember: 11, desember: 12, des: 12,
};

const WEEKDAY = `(${WEEKDAYS.join('|')}|jum'at|jum’at|ahad)`;
const MONTH = `(${Object.keys(MONTHS).join('|')})`;
/** "Kamis sore (28/11)", "Rabu malam, 12 Juni 2024": a time of day may stand between weekday and date. */
const DAYTIME = String.raw`(?:\s+(?:pagi|siang|sore|petang|malam|dini hari))?`;

/**
 * The forms Indonesian news uses for the day of an event, most specific first:
 * "Kamis (18/01/2024)", "Senin (17/7/2023)", "Kamis (20/7)", "Rabu, 12 Juni 2024", "pada Selasa 7 Mei 2024", "12 Juni 2024".
 */
const PATTERNS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => { day: number; month: number; year?: number; weekday?: string } }[] = [
  {
    // "Kamis (18/01/2024)", "Kamis sore (28/11)", "(Kamis, 20/12)", "Rabu 7/8/2024 malam", "Senin 15/12/25" (the
    // weekday vouches for a two-digit year).
    pattern: new RegExp(`\\b${WEEKDAY}${DAYTIME}\\s*,?\\s*(?:\\(\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2,4}))?\\s*\\)|(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b)`, 'giu'),
    read: (m) => (m[2]
      ? { weekday: m[1]!, day: Number(m[2]), month: Number(m[3]), ...(m[4] ? { year: fullYear(m[4]) } : {}) }
      : { weekday: m[1]!, day: Number(m[5]), month: Number(m[6]), year: fullYear(m[7]!) }),
  },
  {
    pattern: new RegExp(`\\(\\s*${WEEKDAY}\\s*,?\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2,4}))?\\s*\\)`, 'giu'),
    read: (m) => ({ weekday: m[1]!, day: Number(m[2]), month: Number(m[3]), ...(m[4] ? { year: fullYear(m[4]) } : {}) }),
  },
  {
    pattern: new RegExp(`\\b${WEEKDAY}${DAYTIME}\\s*,?\\s*(?:tanggal\\s+|tgl\\.?\\s+)?(\\d{1,2})\\s+${MONTH}\\.?(?:\\s+(\\d{4}))?\\b`, 'giu'),
    read: (m) => ({ weekday: m[1]!, day: Number(m[2]), month: MONTHS[m[3]!.toLowerCase()]!, ...(m[4] ? { year: Number(m[4]) } : {}) }),
  },
  {
    // A visit over several days, "21- 23 Januari 2019", "28–30 Januari 2026", "6 sampai 8 Oktober 2021": the event starts on the first.
    pattern: new RegExp(`(?<![\\d/.-])(\\d{1,2})\\s*(?:[-–—]|\\s(?:sampai(?:\\s+dengan)?|hingga|s\\.?\\s?d\\.?|s/d)\\s)\\s*\\d{1,2}\\s+${MONTH}\\.?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => ({ day: Number(m[1]), month: MONTHS[m[2]!.toLowerCase()]!, year: Number(m[3]) }),
  },
  {
    // Across a month's end, "29 Agustus hingga 2 September 2019", "30 Desember 2019 - 2 Januari 2020": the first day,
    // in the year before the printed one when the months wrap.
    pattern: new RegExp(`(?<![\\d/.-])(\\d{1,2})\\s+${MONTH}\\.?(?:\\s+(\\d{4}))?\\s*(?:[-–—]|\\s(?:sampai(?:\\s+dengan)?|hingga|s\\.?\\s?d\\.?|s/d)\\s)\\s*\\d{1,2}\\s+${MONTH}\\.?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => {
      const month = MONTHS[m[2]!.toLowerCase()]!;
      const end = Number(m[5]);
      return { day: Number(m[1]), month, year: m[3] ? Number(m[3]) : month > MONTHS[m[4]!.toLowerCase()]! ? end - 1 : end };
    },
  },
  {
    // "Sembawa (22-6-2023)", "Sembawa(22/6/2023)": a full date in brackets after the dateline's place.
    pattern: /(?<=\p{L}\s?)\(\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*\)/giu,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }),
  },
  {
    // "Tadi pagi dan siang (30/8)", "sore tadi (12/3)": a time of day stands for the weekday.
    pattern: /\b(?:pagi|siang|sore|petang|malam)(?:\s+(?:ini|tadi))?\s*\(\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?\s*\)/giu,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), ...(m[3] ? { year: fullYear(m[3]) } : {}) }),
  },
  {
    pattern: /\b(?:pada|tanggal|tgl\.?)\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/giu,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }),
  },
  {
    pattern: new RegExp(`\\b(?:pada|tanggal|tgl\\.?)\\s+(\\d{1,2})\\s+${MONTH}\\.?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => ({ day: Number(m[1]), month: MONTHS[m[2]!.toLowerCase()]!, year: Number(m[3]) }),
  },
  {
    // "… disambut Bupati di rumah dinasnya, 12/07.": a bare day and month closing a sentence after a comma.
    pattern: /(?<=,[ \t]?)(\d{1,2})\/(\d{1,2})(?=[ \t]*[.;](?:\s|$)|[ \t]*$)/gmu,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]) }),
  },
];

const fullYear = (year: string) => (year.length === 2 ? 2000 + Number(year) : Number(year));

const iso = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const weekdayOf = (isoDate: string) => WEEKDAYS[new Date(`${isoDate}T00:00:00Z`).getUTCDay()]!;
/** The day `days` before an ISO date. */
const daysBefore = (isoDate: string, days: number) => new Date(Date.parse(`${isoDate}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
/** The latest `weekday` at least `skip` days before `anchor` (0: the anchor itself may be it). */
const latestWeekday = (weekday: string, anchor: string, skip: number) =>
  [0, 1, 2, 3, 4, 5, 6].map((back) => daysBefore(anchor, back + skip)).find((d) => weekdayOf(d) === weekday)!;

const canonicalWeekday = (word: string) => {
  const lower = word.toLowerCase().replace(/['’]/g, '');
  return lower === 'ahad' ? 'minggu' : lower;
};

/** The event day an article reports, where the text says it, and how sure that is. */
export interface FoundDate {
  date: string;
  /** The article printed no year: it came from the publication date or, failing that, the weekday. */
  yearInferred: boolean;
  /** Where in the text the date was found. */
  index: number;
  /** Problems a reviewer must see, e.g. a weekday that disagrees with the date. */
  warnings: string[];
  /** Printed in full, weekday agreeing, in a sentence about the event itself rather than an earlier one. */
  sure: boolean;
}

/**
 * Words before a date that put it on another occasion than the reported one: an earlier award, an interview,
 * the day a speaker was quoted ("ujar Eddy, Sabtu, …"), the day a regulation was signed ("Nomor 35/2018, tanggal …"),
 * the day a delegation set off ("Rombongan berangkat … Rabu, 31 Agustus").
 */
const SIDE_OCCASION = /\b(?:Nomor|No\.?)\s*[\w./-]+(?:\s+Tahun\s+\d{4})?,?\s*(?:(?:tanggal|tgl\.?)\s*)?$|\b(?:sebelumnya|pernah|silam|tahun lalu|bulan lalu|berangkat|bertolak|keberangkatan|dilepas|pelepasan|penghargaan|meraih|diraih|dianugerahi|wawancara|ditemui|dihubungi|dikonfirmasi|ujar|ujarnya|kata|katanya|ucap|ucapnya|sebut|sebutnya|ungkap|ungkapnya|jelas|jelasnya|tutur|tuturnya|terang|terangnya|beber|bebernya|papar|paparnya|imbuh|imbuhnya|tambah|tambahnya|pungkas|pungkasnya|tegas|tegasnya|urai|urainya)\b(?:[^.!?]|[.!?](?!\s))*$/iu;

/** A weekday the report counts back from its own day: "pada Kamis lalu", "Senin kemarin" (no printed date follows). */
const RELATIVE_WEEKDAY = new RegExp(`\\b${WEEKDAY}\\s+(?:lalu|kemarin)\\b(?!\\s*[(,]?\\s*\\d)`, 'giu');

/** Words after a date that put it before the reported event: "30 Januari 2023 lalu", "Juni silam". */
const PAST_AFTER = /^\s*(?:yang\s+)?(?:lalu|silam)\b/iu;
/** How many years before the report's own year a printed day is history (a founding, an earlier award) rather than news. */
const HISTORY_YEARS = 2;
/** The first year of the online news this importer reads: a year printed before it is history. */
const FIRST_NEWS_YEAR = 1990;

/**
 * The publication day an address carries in its path, as news sites file their pages: "/2019/05/17/…",
 * "/2023/06/…" (the month's last day then bounds it), "/20190517/…". Only years from 1990 to `today`'s count.
 */
export function dateFromUrl(url: string | undefined, today = new Date().toISOString().slice(0, 10)): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|$)/u.exec(path) ?? /\/((?:19|20)\d{2})(0[1-9]|1[0-2])([0-3]\d)(?=[/-]|$)/u.exec(path);
  if (!match) return undefined;
  const [year, month] = [Number(match[1]), Number(match[2])];
  const day = match[3] ? Number(match[3]) : new Date(Date.UTC(year, month, 0)).getUTCDate();
  const date = iso(year, month, day);
  return year >= FIRST_NEWS_YEAR && isCalendarDate(date) && date <= today ? date : undefined;
}

/**
 * A line that is a page's publication stamp, not a sentence about the event: a date with a clock time
 * ("Rabu, 24 Agustus 2022 | 15:58 WIB", "… 14:45 Wita - Editor: …") or a date standing alone on its line ("Jumat 19-08-2022").
 */
function isPublicationStamp(line: string): boolean {
  const trimmed = line.trim();
  // "Kamis, 22 Juni 2023 | 14:45 Wita - Editor: … - Reporter: …": a byline may run longer than a plain stamp.
  const byline = /\b(?:editor|reporter|penulis|pewarta)\s*:/iu.test(trimmed);
  if (trimmed.length > (byline ? 160 : 90)) return false;
  if (/\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)\b/iu.test(trimmed)) return true;
  // "… Reporter : Name | Jum'at, 10 Agustus 2018 12:51": beside a byline, a clock time without its zone is the stamp's.
  if (byline && /\b\d{1,2}:\d{2}\b/u.test(trimmed)) return true;
  // "Dilihat : 968 Kali, Updated: Rabu, 19 Agustus 2020", "Diposting oleh Admin - …": the page's own record.
  if (/\b(?:updated|diperbarui|dipublikasikan|diterbitkan|diposting|posted|published|upload(?:ed)?\s+by|dilihat)\b/iu.test(trimmed)) return true;
  return new RegExp(`^(?:${WEEKDAY}\\s*,?\\s*)?\\d{1,2}(?:\\s+${MONTH}\\s+|[/.-]\\d{1,2}[/.-])\\d{4}$`, 'iu').test(trimmed);
}

/**
 * The year of a day printed without one: the publication year (or the year before, for a January article
 * about late December); without a publication date, the most recent year up to `today` whose date falls on the printed weekday.
 */
function inferYear(day: number, month: number, weekday: string | undefined, published: string | undefined, today: string): number | undefined {
  if (published) {
    const year = Number(published.slice(0, 4));
    return iso(year, month, day) > published ? year - 1 : year;
  }
  if (!weekday) return undefined;
  for (let year = Number(today.slice(0, 4)); year > Number(today.slice(0, 4)) - 28; year--) {
    const date = iso(year, month, day);
    if (date <= today && isCalendarDate(date) && weekdayOf(date) === weekday) return year;
  }
  return undefined;
}

/**
 * The first date in `text` written the way news reports an event's day. `published` (YYYY-MM-DD), when known,
 * supplies a missing year; `today` bounds the weekday search.
 */
export function findEventDate(text: string, published?: string, today = new Date().toISOString().slice(0, 10), url?: string): FoundDate | undefined {
  // Without a publication date, the one in the page's address gives the year ("/2019/05/…"); a weekday alone cannot,
  // as the same day and month fall on the same weekday every few years.
  const fromUrl = published ? undefined : dateFromUrl(url, today);
  const found = findDateIn(text, published ?? fromUrl, today);
  // "tadi siang di halaman pendapa … melaunching": a report of the same day prints no date; one printed later is
  // another occasion ("Minggu (28/10) kemarin berkunjung"). The publication day is the event's, for a reviewer to confirm.
  const sameDay = published ? SAME_DAY.exec(text) : null;
  if (published && sameDay && (!found || found.index > sameDay.index) && !PATTERNS.some(({ pattern }) => new RegExp(pattern.source, 'iu').test(sentenceAround(text, sameDay.index)))) {
    return { date: published, yearInferred: false, index: sameDay.index, sure: false, warnings: [`artikel menulis "${sameDay[0]}" tanpa tanggal; diambil tanggal terbit ${published}; periksa tanggal kegiatan`] };
  }
  // "… dihadapan pengurus TP PKK Kota Denpasar, kemarin.": with no day printed for it, the day before publication.
  const yesterday = published ? YESTERDAY.exec(text) : null;
  // Not where the sentence names a weekday or a day in a form not read ("Selasa dan Rabu (9/10/5) kemarin").
  const namesDay = (sentence: string) => new RegExp(`\\b${WEEKDAY}\\b|\\(\\s*\\d`, 'iu').test(sentence);
  if (published && yesterday && (!found || found.index > yesterday.index) && !namesDay(sentenceAround(text, yesterday.index))) {
    const date = daysBefore(published, 1);
    return { date, yearInferred: false, index: yesterday.index, sure: false, warnings: [`artikel menulis "kemarin" tanpa tanggal; diambil sehari sebelum tanggal terbit ${published}; periksa tanggal kegiatan`] };
  }
  // "… kata Samidi di Magelang, Rabu.": a weekday alone, as news agencies date their copy, is the last such day up to
  // the publication day; a reviewer confirms it.
  // Capitalised, as a day is: "selama dua minggu." counts weeks.
  const bareWeekday = published && !found ? [...text.matchAll(BARE_WEEKDAY)].find((m) => /^\p{Lu}/u.test(m[0])) : undefined;
  if (published && bareWeekday) {
    const date = latestWeekday(canonicalWeekday(bareWeekday[1]!), published, 0);
    return { date, yearInferred: false, index: bareWeekday.index, sure: false, warnings: [`artikel hanya menulis hari "${bareWeekday[1]}"; diambil hari itu terakhir sampai tanggal terbit ${published}; periksa tanggal kegiatan`] };
  }
  if (found && fromUrl && found.yearInferred) {
    found.warnings = found.warnings.map((w) => w.replace(`diambil dari tanggal terbit ${fromUrl}`, `diambil dari alamat halaman (${fromUrl.slice(0, 7)})`));
  }
  return found;
}

/** Words right before a date that say the event took place that day: "yang berlangsung pada hari …", "dilaksanakan pada …". */
const HAPPENED_ON = /\b(?:berlangsung|dilaksanakan|diselenggarakan|digelar)\s+(?:pada\s+)?(?:hari\s+)?$/iu;

/** A weekday standing alone after a comma or a word and before a stop or comma: "di Ambon, Jumat.", "jelas Samidi Rabu.". */
const BARE_WEEKDAY = new RegExp(`(?<=[\\p{L},][ \\t]*)\\b${WEEKDAY}(?=[ \\t]*[.,](?:\\s|$))`, 'giu');

/** "kemarin": the day before the report was written (not "kemarin lusa", not "kemarin dulu"). */
const YESTERDAY = /\bkemarin\b(?!\s+(?:lusa|dulu))/iu;

/** Words that put the event on the day the report was written: "tadi siang", "pagi tadi", "hari ini". */
const SAME_DAY = /\b(?:tadi\s+(?:pagi|siang|sore|petang|malam)|(?:pagi|siang|sore|petang|malam)\s+tadi|hari ini)\b/iu;

function findDateIn(text: string, published: string | undefined, today: string): FoundDate | undefined {
  const matches = PATTERNS.flatMap(({ pattern, read }) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, end: m.index + m[0].length, ...read(m as RegExpExecArray) })));
  matches.sort((a, b) => a.index - b.index);
  // Without a publication date, the latest year the article names bounds the year a weekday gives: a report that
  // looks ahead to "2021 mendatang" was not written in 2026, though 5 October is a Monday in both 2020 and 2026.
  const latestNamed = Math.max(...[...text.matchAll(/(?<![\d/.-])((?:19|20)\d{2})(?![\d/.-])/gu)].map((m) => Number(m[1])).filter((y) => y >= FIRST_NEWS_YEAR && y <= Number(today.slice(0, 4))));
  const bound = !published && Number.isFinite(latestNamed) ? `${latestNamed}-12-31` : today;
  const readable = matches.flatMap((match) => {
    const found = readDate(match, published, bound < today ? bound : today);
    if (!found) return [];
    const from = sentenceStart(text, match.index);
    const lineStart = text.lastIndexOf('\n', match.index) + 1;
    const lineEnd = text.indexOf('\n', match.index) < 0 ? text.length : text.indexOf('\n', match.index);
    // "LIWA, Jum'at (17/10/2025) – Pemkab …": a date in the dateline is the day the report was filed.
    const inDateline = /^[^.!?–—]{0,40}$/u.test(text.slice(lineStart, match.index)) && /^[^\n.!?–—]{0,30}?(?:[–—]|\s-\s)/u.test(text.slice(match.index, match.index + 40));
    // "pada tanggal⏎30 Juli 2019": a stamp's label may stand on the line above the date, which the pattern spans.
    const dateLineStart = text.lastIndexOf('\n', match.end - 1) + 1;
    const dateLineEnd = text.indexOf('\n', match.end - 1) < 0 ? text.length : text.indexOf('\n', match.end - 1);
    const stamp = inDateline || isPublicationStamp(text.slice(lineStart, lineEnd)) || (dateLineStart > match.index && isPublicationStamp(text.slice(dateLineStart, dateLineEnd)));
    // "pada 30 Januari 2023 lalu": a day the text itself puts in the past is an earlier occasion (a prior MoU, an award).
    // "didirikan pada Rabu, 23 Oktober 1771": a day years before the report's own time is history, never its event.
    // Without a publication date, a year the text names may be a target ("pada 2025 nanti"), so only the years before
    // any online news are history.
    if (match.year !== undefined && match.year < (published ? Number(published.slice(0, 4)) - HISTORY_YEARS : FIRST_NEWS_YEAR)) return [];
    const past = PAST_AFTER.test(text.slice(match.end, match.end + 20));
    return [{ ...found, side: stamp || past || SIDE_OCCASION.test(text.slice(from, match.index)), stamp, past }];
  });
  // "pada Kamis lalu": a weekday counted back from the publication day, else from the latest day the text prints in
  // full (the day the speaker was quoted). Placed where it is printed, so it wins over a later quote date; never sure.
  const anchor = published ?? readable.filter((d) => !d.yearInferred).map((d) => d.date).sort().at(-1);
  if (anchor) {
    for (const match of text.matchAll(RELATIVE_WEEKDAY)) {
      const date = latestWeekday(canonicalWeekday(match[1]!), anchor, 1);
      readable.push({ date, yearInferred: false, index: match.index, warnings: [`"${match[0].trim()}" dihitung mundur dari ${anchor}; periksa tanggal kegiatan`], sure: false, side: SIDE_OCCASION.test(text.slice(sentenceStart(text, match.index), match.index)), stamp: false, past: false });
    }
  }
  readable.sort((a, b) => a.index - b.index);
  // With no date of the event itself, the day a speaker was quoted is likelier the event's than the page's stamp,
  // and either is likelier than a day the text calls past.
  const first = readable.find((d) => !d.side) ?? readable.find((d) => !d.stamp && !d.past) ?? readable.find((d) => !d.past) ?? readable[0];
  // "… Senin (08/07/2024). Studi banding yang berlangsung pada hari Sabtu (06/07/2024) kemarin": a day the text says the
  // event took place on wins over an earlier one, which may be the day of writing; two days leave it to check.
  const stated = readable.find((d) => !d.side && !d.yearInferred && HAPPENED_ON.test(text.slice(Math.max(0, d.index - 50), d.index)));
  const chosen = stated && first && stated.date !== first.date ? { ...stated, sure: false, warnings: [...stated.warnings, `artikel juga menyebut ${first.date}; diambil hari yang disebut "berlangsung"; periksa tanggal kegiatan`] } : first;
  if (!chosen) return undefined;
  const { side, stamp, past, ...date } = chosen;
  if (date.yearInferred && bound < today) date.warnings = date.warnings.map((w) => (w.includes('disimpulkan dari hari') ? `${w}, tidak lewat dari ${latestNamed} (tahun terakhir yang disebut artikel)` : w));
  if (stamp) date.warnings.push('tanggal ini tampaknya cap terbit halaman, bukan hari kegiatan; periksa tanggal kegiatan');
  else if (side) date.warnings.push('tanggal ini mungkin hari peristiwa lain (penghargaan, wawancara); periksa tanggal kegiatan');
  return { ...date, sure: date.sure && !side };
}

/** One printed date read as a calendar day, or nothing when it cannot be one. */
function readDate(
  match: { index: number; day: number; month: number; year?: number; weekday?: string },
  published: string | undefined,
  today: string,
): FoundDate | undefined {
  const weekday = match.weekday ? canonicalWeekday(match.weekday) : undefined;
  let year = match.year ?? inferYear(match.day, match.month, weekday, published, today);
  if (year === undefined) return undefined;
  const warnings: string[] = [];
  let date = iso(year, match.month, match.day);
  if (!isCalendarDate(date)) return undefined;
  if (weekday && weekdayOf(date) !== weekday) {
    // A year misprinted in the article: the publication year (or the one before) that agrees with the weekday wins. Not
    // when the printed year is the publication's and the day not after it: then the weekday is the likelier misprint.
    const yearAgrees = published !== undefined && match.year === Number(published.slice(0, 4)) && date <= published;
    const corrected = published && match.year !== undefined && !yearAgrees ? [Number(published.slice(0, 4)), Number(published.slice(0, 4)) - 1].find((y) => isCalendarDate(iso(y, match.month, match.day)) && weekdayOf(iso(y, match.month, match.day)) === weekday && iso(y, match.month, match.day) <= published) : undefined;
    if (corrected !== undefined) {
      warnings.push(`tahun tertulis ${year} tidak cocok dengan hari "${match.weekday}" dan tanggal terbit ${published}; diambil ${corrected}`);
      year = corrected;
      date = iso(year, match.month, match.day);
    } else warnings.push(`hari "${match.weekday}" tidak cocok dengan tanggal ${date} (${weekdayOf(date)}); periksa tanggalnya`);
  }
  if (match.year === undefined) {
    warnings.push(
      published
        ? `tahun tidak tertulis; diambil dari tanggal terbit ${published}`
        : `tahun tidak tertulis dan tanggal terbit tidak diketahui; disimpulkan dari hari ${match.weekday}`,
    );
  }
  const yearInferred = match.year === undefined;
  return { date, yearInferred, index: match.index, warnings, sure: warnings.length === 0 };
}
