// The stages that read the event itself: its parties, date, kinds and location.
import { EVENT_KINDS } from '../../schemas/event';
import type { RegistryArea } from '../check/registry';
import { formatRegionName } from '../format/region-name';
import { findEventDate } from './dates';
import { findKinds, isOtherOccasion, isRoundup, tellsOfLearning } from './kinds';
import { findParties, partiesBetween, type Party } from './parties';
import type { ResolvedMention } from './places';
import { type FoundVenue, findVenue, namesRoom, withoutRoomNames } from './venue';
import { type ArticleReading, DEPTH, REGENCY_LEVELS } from './article';
import type { ImportProposal } from './proposal';
import { escapeRegExp } from './regexp';
import type { Sentence } from './text';

/** An office or its people right before "di X": the place they serve in. */
const SERVING_AT = /\b(?:SKPD|OPD|dinas|kepala|pejabat|perangkat daerah|aparatur|warga|masyarakat|perbekel|kades|lurah|camat)\s+di\s+(?:\S+\s+){0,2}$/iu;

/** The event's parties as the frames found them: venue, host, guests and the governments the registry lacks. */
export interface EventParties {
  foundVenue: ReturnType<typeof findVenue>;
  venue: string | undefined;
  venueRegions: ResolvedMention[];
  parties: Party[];
  /** The frames' finding, with the sentence it rests on and how sure it is. */
  framed: ReturnType<typeof findParties>;
  host: Party | undefined;
  guests: Party[];
  unknownParties: ImportProposal['event']['unknownParties'];
}

/** The venue, the host and the guests, from the frames of the body (the headline's only when the body has none). */
export function eventParties(article: ArticleReading): EventParties {
  const { clean, text, sentences, quote, bodyStart, leadStart, resolved, unknownRegions, warnings, evidence } = article;
  // Venue: the first building or room the article places the event in.
  const foundVenue = findVenue(text);
  const venue = foundVenue?.venue;
  const venueRegions = foundVenue ? resolved.filter((m) => m.index >= foundVenue.start && m.index < foundVenue.start + foundVenue.venue.length && !namesRoom(text, m)) : [];
  // The dateline's place ("MALANG, Contoh Portal –") tells where the event was, as the venue does.
  const datelinePlace = clean.paragraphs[clean.leadIndex]?.match(/^([^,–—]{2,40}?)\s*[,–—]/u)?.[1]?.trim().toLocaleUpperCase('id-ID');

  // Host and guests from the frames of the body; the headline only when the body has none.
  const parties: Party[] = [
    ...resolved.map((m) => ({ index: m.index, text: m.text, area: m.area })),
    ...unknownRegions.map((u) => ({ index: u.index, text: u.name, unknown: u.name })),
  ].sort((a, b) => a.index - b.index);
  const placeOfEvent = (party: Party) =>
    Boolean(party.area && (venueRegions.some((m) => m.area.code === party.area!.code || m.area.code.startsWith(`${party.area!.code}.`)) || datelinePlace === party.area.name.toLocaleUpperCase('id-ID')));
  const bodySentences = sentences.filter((s) => s.start >= bodyStart);
  let framed = findParties(bodySentences, text, parties, placeOfEvent);
  if (!framed.host && !framed.guests.length) framed = { ...findParties(sentences, text, parties, placeOfEvent), sure: false };
  // "Pemkot Malang belajar ke Pemkab Badung" over a body that says "studi banding ke kabupaten Bandung": a headline
  // naming another host (not one inside the other) leaves the body's host to check.
  const headlineHost = bodyStart > 0 ? findParties(sentences.filter((s) => s.start < bodyStart), text, parties, placeOfEvent).host?.area : undefined;
  const bodyHost = framed.host?.area;
  const nested = (a: RegistryArea, b: RegistryArea) => a.code === b.code || a.code.startsWith(`${b.code}.`) || b.code.startsWith(`${a.code}.`);
  if (framed.sure && headlineHost && bodyHost && !nested(headlineHost, bodyHost)) framed = { ...framed, sure: false, guestsSure: false };
  // No frame: the government the opening sentence names is likely the host ("Bupati Banyuasin … menghadiri Rakor"), unsure;
  // never the guests' own regency ("… dari Desa Y, Kabupaten Tapin").
  if (!framed.host && !framed.place) {
    const opening = bodySentences.find((s) => s.start >= leadStart + bodyStart) ?? bodySentences[0];
    const first = opening && parties.find((p) => p.area && p.index >= opening.start && p.index < opening.start + opening.text.length && REGENCY_LEVELS.includes(p.area.level) && !/^[\p{Lu}\s]+$/u.test(p.text) && !framed.guests.some((g) => g.area && (g.area.code === p.area!.code || g.area.code.startsWith(`${p.area!.code}.`))));
    if (first) framed = { ...framed, host: first, quote: opening!.text, sure: false, guests: framed.guests.filter((g) => g.area?.code !== first.area?.code) };
  }
  // "berkunjung ke ibu kota Provinsi X": a province hosts no visit when the venue lies in one of its cities. Nor does one
  // named only as a place ("TPID wilayah Jawa Barat menggelar rapat … di Balaikota Bogor"): the city hosts, not its guest.
  const venueRegency = venueRegions.find((m) => m.area.level === 'kota' || m.area.level === 'kabupaten');
  const province = (framed.host ?? framed.place)?.area;
  if (province?.level === 'provinsi' && venueRegency?.area.code.startsWith(`${province.code}.`)) {
    framed = { ...framed, host: { index: venueRegency.index, text: venueRegency.text, area: venueRegency.area }, sure: false, guests: framed.guests.filter((g) => g.area?.code !== venueRegency.area.code) };
  }
  const host = framed.host?.area ? framed.host : undefined;
  // "rombongan dari Papua" beside "Kabupaten Mimika, Papua Tengah": the province a guest's own province was carved from
  // (its name begins the new one's) is the same visitors by an older name.
  const registry = article.context.places.registry;
  const carvedFrom = (province: RegistryArea, other: RegistryArea) =>
    !other.code.startsWith(`${province.code}.`) && (registry.get(other.code.split('.')[0]!)?.name ?? '').startsWith(`${province.name} `);
  const olderNameOfGuests = ({ area }: Party) => area?.level === 'provinsi' && framed.guests.some((other) => other.area && other.area !== area && carvedFrom(area, other.area));
  const framedGuests = framed.guests.filter((g) => g.area && g.area.code !== host?.area?.code && !olderNameOfGuests(g));
  // "10 kepala daerah menyepakati kerja sama dengan Pemkot X. … Daerah tersebut di antaranya, Kabupaten A Provinsi …":
  // when the frame names no guests, a sentence that lists "those regions" names them. Likely only.
  // So does one that lists them all where the frame named only some ("… Salah satunya Kabupaten Blora").
  const listedAll = host ? regionsListed(bodySentences, parties, host) : [];
  const listed = framedGuests.every((g) => listedAll.some((l) => l.area?.code === g.area?.code)) ? listedAll : [];
  const guests = listed.length ? listed : framedGuests;
  const unknownParties = [...(framed.host?.unknown ? [framed.host] : []), ...framed.guests.filter((g) => g.unknown)].map((p) => ({
    role: p === framed.host ? ('host' as const) : ('guest' as const),
    name: p.unknown!,
    quote: framed.quote ?? quote(p.index),
  }));
  if (host) evidence['host'] = { quote: framed.quote ?? quote(host.index), sure: framed.sure };
  if (listed.length) evidence['guests'] = { quote: quote(listed[0]!.index), sure: false };
  else if (guests.length) evidence['guests'] = { quote: framed.quote ?? quote(guests[0]!.index), sure: (framed.guestsSure ?? framed.sure) && !unknownParties.length };
  if (!host && framed.place?.area) warnings.push(`${formatRegionName(framed.place.area)} disebut sebagai tempat kunjungan, bukan sebagai pemerintah; tuan rumah (host) isi sendiri bila ada`);
  else if (!host) warnings.push('tuan rumah (host) tidak ditemukan; isi sendiri');
  for (const place of framed.otherPlaces ?? []) warnings.push(`rombongan juga berkunjung ke ${place.area ? formatRegionName(place.area) : place.text}; bila itu kunjungan tersendiri, catat sebagai acara kedua`);
  return { foundVenue, venue, venueRegions, parties, framed, host, guests, unknownParties };
}

/** A sentence that lists the regions the one before spoke of: "Daerah tersebut di antaranya, …", "Sedangkan empat daerah lainnya yaitu …", "11 daerah tersebut meliputi …". */
const LISTS_THOSE_REGIONS = /^(?:sedangkan\s+|adapun\s+)?(?:[\p{L}\d]+\s+)?(?:daerah|kabupaten\/kota|kabupaten dan kota|pemerintah daerah|pemda)(?:-daerah)?\s+(?:tersebut|itu|lainnya|lain)\s*,?\s*(?:di ?antaranya|antara lain|yaitu|yakni|adalah|meliputi)\b/iu;

/**
 * The kabupaten and kota such sentences list, the host left out; a province printed beside one of them only says where
 * it lies.
 */
function regionsListed(sentences: readonly Sentence[], parties: readonly Party[], host: Party): Party[] {
  const listed = sentences.filter((s) => LISTS_THOSE_REGIONS.test(s.text.trim())).flatMap((s) => partiesBetween(parties, s.start, s.start + s.text.length));
  const regencies = listed.filter((p) => (p.area?.level === 'kabupaten' || p.area?.level === 'kota') && p.area.code !== host.area?.code && !p.area.code.startsWith(`${host.area?.code}.`));
  return regencies.filter((p, i) => regencies.findIndex((q) => q.area!.code === p.area!.code) === i);
}

/** The event's date, and its kinds from the lead (or further down, as the comments say). */
export function eventDateAndKinds(article: ArticleReading, event: EventParties) {
  const { input, context, clean, text, quote, lead, warnings, evidence } = article;
  const { framed, host, guests } = event;
  // Date and kind.
  const foundDate = findEventDate(text, input.published, context.today, input.url);
  if (foundDate) {
    warnings.push(...foundDate.warnings);
    evidence['date'] = { quote: quote(foundDate.index), sure: foundDate.sure };
  } else warnings.push('tanggal kegiatan tidak ditemukan; isi date sendiri');
  let kindText = lead;
  const kinds = findKinds(lead);
  // Nothing in the headline and the first two paragraphs: the next three may name it ("… Rombongan kemudian
  // melakukan studi tiru …" in the third), which is likely but not sure.
  // Further down, only a meeting counts: a report on a program often tells of the rakor where it was set out
  // ("… dalam rapat koordinasi bersama camat dan lurah"), while a visit or a signing named late is another occasion.
  let laterParagraphs = clean.paragraphs.slice(clean.leadIndex + 2, clean.leadIndex + 5).join('\n');
  const feature = isRoundup(lead);
  let later = kinds.length === 0 && !feature ? findKinds(laterParagraphs) : [];
  if (kinds.length === 0 && later.length === 0 && !feature) {
    laterParagraphs = clean.paragraphs.slice(clean.leadIndex + 5).join('\n');
    later = findKinds(laterParagraphs).filter((k) => k.kind === 'rakor');
  }
  if (later.length) {
    kinds.push(...later);
    kindText = laterParagraphs;
  }
  // The sentence that dates the event tells what happened that day, wherever it stands: "… langsung melakukan
  // penandatanganan MoU di Pendopo Kabupaten, Rabu (27/2/2019)" adds a signing to a visit. Likely, not sure.
  const dated = foundDate?.sure && !feature ? article.sentenceOf(foundDate.index).text : '';
  for (const found of dated && !lead.includes(dated) ? findKinds(dated) : []) {
    if (kinds.some((k) => k.kind === found.kind)) continue;
    if (!kinds.length) kindText = dated;
    kinds.push({ ...found, index: kindText === dated ? found.index : kinds[0]!.index, inferred: true });
  }
  // A government received by another to learn from it is on a study visit, though the lead may not say so.
  const learningVisit = kinds.length === 0 && !feature && !isOtherOccasion(lead) && host && guests.length > 0 && (/\bstudi\b/iu.test(text) || tellsOfLearning(text));
  if (learningVisit) kinds.push({ kind: 'studi-tiru', index: 0 });
  // Sure of one kind only: reports almost always tell one, and a second in the lead (an MoU behind a launch) may be background.
  if (kinds.length === 0) warnings.push(`jenis kegiatan tidak ditemukan di judul dan pembuka; pilih dari: ${Object.keys(EVENT_KINDS).join(', ')}`);
  else evidence['kind'] = { quote: learningVisit ? (framed.quote ?? '') : quote(Math.max(0, text.indexOf(kindText.slice(kinds[0]!.index, kinds[0]!.index + 12)))), sure: !learningVisit && !later.length && !kinds.some((k) => k.inferred) && kinds.length === 1 };
  return { foundDate, kinds };
}

/** Whether `name` stands as whole words in `text`. */
const namedIn = (text: string, name: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu').test(text);

/** Where the event took place: the deepest region in the venue, else the dated sentence's "di …", else the host. */
export function eventLocation(article: ArticleReading, event: EventParties, foundDate: ReturnType<typeof findEventDate>): RegistryArea | undefined {
  const { text, sentences, quote, bodyStart, inSentence, sentenceOf, evidence } = article;
  const { foundVenue, venueRegions, host, guests, framed } = event;
  // Location: the deepest region named in the venue, else where the event's sentence says "di …", else the host.
  let location: RegistryArea | undefined;
  if (foundVenue) {
    // A venue named as where another place lies or where the meeting moved on ("di Co-working Space X, di Balai Kota Y",
    // "Command Center X berada di Gedung Y", "di ruangannya kemudian berlanjut di Aula Z"): which one the report means is
    // left to check.
    const before = text.slice(sentenceOf(foundVenue.index).start, foundVenue.index);
    evidence['venue'] = { quote: quote(foundVenue.index), sure: !foundVenue.visited && !foundVenue.site && !SECOND_PLACE_BEFORE.test(before) };
    // A place the article names elsewhere may stand bare in the venue's name ("Hotel Novotel Balikpapan").
    const outsideRooms = withoutRoomNames(foundVenue.venue);
    const inVenue = venueRegions.length ? venueRegions : article.found.filter(({ area }) => namedIn(outsideRooms, area.name));
    location = [...inVenue].sort((a, b) => DEPTH[b.area.level] - DEPTH[a.area.level])[0]?.area;
    const inside = (area: RegistryArea, region: RegistryArea) => area.code === region.code || area.code.startsWith(`${region.code}.`);
    // A bare name is only likely: a hotel or hall may carry another place's name. With no host, a venue in the
    // visitors' own region ("ditemui di Kantor Bupati X" after the trip) or outside the place the visit went to is
    // where they spoke, not surely where the visit was.
    const withinHost = (area: RegistryArea) =>
      host ? inside(area, host.area!) : !guests.some((g) => inside(area, g.area!)) && (!framed.place?.area || inside(area, framed.place.area));
    if (location) evidence['location'] = { quote: quote(foundVenue.index), sure: venueRegions.length > 0 && withinHost(location) };
  }
  if (!location) {
    const dated = foundDate ? sentenceOf(foundDate.index) : sentences.find((s) => s.start >= bodyStart);
    // "Setelah sebelumnya di desa X (Kabupaten Z), hari ini … di Kabupaten Y": with a host, only a place within it.
    // "Kepala desa yang ada di Kabupaten X melakukan studi banding di Bali": the guests' own region is where they came from.
    const withinHost = (m: { area: RegistryArea }) =>
      host?.area ? m.area.code === host.area.code || m.area.code.startsWith(`${host.area.code}.`) : !guests.some((g) => m.area.code === g.area!.code || m.area.code.startsWith(`${g.area!.code}.`));
    // "di Bangli" after an office or its people ("para kepala SKPD di Bangli") says where they serve, and one in brackets
    // ("(sebutan untuk kepala desa di Bali)") explains a word: neither is where the event was.
    const bracketed = (at: number) => (text.slice(dated!.start, at).match(/\(/gu)?.length ?? 0) > (text.slice(dated!.start, at).match(/\)/gu)?.length ?? 0);
    const atPlace = dated
      ? inSentence(dated).filter(
          (m) => withinHost(m) && !namesRoom(text, m) && /\bdi\s+(?:\S+\s+){0,2}$/iu.test(text.slice(Math.max(dated.start, m.index - 30), m.index)) && !SERVING_AT.test(text.slice(Math.max(dated.start, m.index - 40), m.index)) && !bracketed(m.index),
        )
      : [];
    location = atPlace.sort((a, b) => DEPTH[b.area.level] - DEPTH[a.area.level])[0]?.area;
    if (location) evidence['location'] = { quote: dated!.text, sure: false };
  }
  // Else the host, or the province the visit went to when it hosted nothing.
  const seat = host ?? framed.place;
  if (!location && seat) {
    location = seat.area;
    evidence['location'] = { quote: evidence['host']?.quote ?? framed.quote ?? quote(seat.index), sure: false };
  }
  // "… di Sempidi, Rabu (7/8)", "di Alun-alun Hanggawana, Slawi": a kecamatan or village of the located regency that
  // the event's sentence names bare is where it was, likely.
  const dated = foundDate ? sentenceOf(foundDate.index) : sentences.find((s) => s.start >= bodyStart);
  const local = location && (location.level === 'kabupaten' || location.level === 'kota') && dated ? placeWithin(article, dated.text, location) : undefined;
  if (local) {
    location = local;
    evidence['location'] = { quote: dated!.text, sure: false };
  }
  // A province's event at a venue printed with one of its towns ("di Rumah Jabatan Gubernur Bali, Denpasar"), or under a
  // dateline naming one ("MANOKWARI | Portal – Penjabat Gubernur Papua Barat …"), was held in that town, likely.
  const city = location?.level === 'provinsi' ? ((foundVenue && townAfterVenue(article, foundVenue, location)) ?? datelineCity(article, location)) : undefined;
  if (city) {
    location = city;
    evidence['location'] = { quote: article.clean.paragraphs[article.clean.leadIndex]!, sure: false };
  }
  return location;
}

/** Capitalised words after "di", or after a comma that follows a venue: where a sentence may place its event by bare name. */
const BARE_PLACE = /(?:\bdi\s+|(?<=\bdi\s+\p{Lu}[^,.;()\n]{2,100}),\s*)(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/gu;

/** The one kecamatan, kelurahan or desa inside `regency` that `sentence` places its event in by bare name. */
function placeWithin(article: ArticleReading, sentence: string, regency: RegistryArea): RegistryArea | undefined {
  const found = new Map<string, RegistryArea>();
  for (const match of sentence.matchAll(BARE_PLACE)) {
    // A building ("di Aula …", "di Kantor …") is a venue, not a place's name.
    if (findVenue(`di ${match[1]}`)) continue;
    const words = match[1]!.split(/\s+/u);
    for (let count = words.length; count > 0; count--) {
      const all = article.context.places.named(words.slice(0, count).join(' '), true);
      // "di Tangerang ini": a name a regency or province bears is that region's, not its namesake kecamatan's.
      if (all.some((area) => REGENCY_LEVELS.includes(area.level))) break;
      const named = all.filter((area) => area.code.startsWith(`${regency.code}.`));
      if (named.length === 1) {
        found.set(named[0]!.code, named[0]!);
        break;
      }
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Another place just before a venue's "di": "di X, ", "X berada ", "… kemudian berlanjut ". */
const SECOND_PLACE_BEFORE = /(?:\b(?:di|ke|mengunjungi)\s+\p{Lu}[^.;]{1,60}?,\s*|\b(?:berada|terletak|kemudian|lalu|berlanjut|dilanjutkan)\s+)$/u;

/** The one kabupaten or kota inside `province` that the dateline names, in any case ("PONTIANAK", "(Mamuju)"). */
function datelineCity(article: ArticleReading, province: RegistryArea): RegistryArea | undefined {
  const head = /^[^–—|-]{2,60}?(?=\s*[–—|-])/u.exec(article.clean.paragraphs[article.clean.leadIndex] ?? '')?.[0] ?? '';
  return regencyWithin(article, head, province);
}

/**
 * The town printed after a province's venue or as its last word: "di Rumah Jabatan Gubernur Bali, Denpasar", "di Kantor
 * Gubernur Kalimantan Selatan Banjarbaru".
 */
function townAfterVenue(article: ArticleReading, venue: FoundVenue, province: RegistryArea): RegistryArea | undefined {
  const after = /^[ \t]*,[ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})/u.exec(article.text.slice(venue.start + venue.venue.length))?.[1];
  const last = /\p{Lu}[\p{L}'’-]*$/u.exec(venue.venue)?.[0];
  return (after && regencyWithin(article, after, province)) || (last ? regencyWithin(article, last, province) : undefined);
}

/**
 * The one kabupaten or kota inside `province` that `printed` names. A name a kota and a kabupaten share ("SEMARANG",
 * "Bandung") is the kota's: a dateline or an address names the town.
 */
function regencyWithin(article: ArticleReading, printed: string, province: RegistryArea): RegistryArea | undefined {
  const words = printed.split(/[^\p{L}]+/u).filter(Boolean);
  const inside = new Map<string, RegistryArea>();
  for (let from = 0; from < words.length; from++) {
    for (let count = 1; count <= 3 && from + count <= words.length; count++) {
      const named = article.context.places.named(words.slice(from, from + count).join(' ')).filter((area) => REGENCY_LEVELS.includes(area.level) && area.level !== 'provinsi' && area.code.startsWith(`${province.code}.`));
      const towns = named.filter((area) => area.level === 'kota');
      const one = named.length === 1 ? named[0] : towns.length === 1 && named.length === 2 ? towns[0] : undefined;
      if (one) inside.set(one.code, one);
    }
  }
  return inside.size === 1 ? [...inside.values()][0] : undefined;
}
