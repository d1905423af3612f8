import { EVENT_KINDS, type EventKind } from '../../schemas/event';
import type { AdoptionStatus } from '../../schemas/program';
import type { RegionLevel } from '../../schemas/region';
import type { RegistryArea } from '../check/registry';
import { formatRegionName } from '../format/region-name';
import { regionSlug, slugify } from '../format/slugify';
import { evidenceIn, followUps, isStronger, presents, REFERS_BACK, statusAt, statusIn, STUDIES_PROGRAMS, sawOrAdmired } from './adoptions';
import { findEventDate } from './dates';
import { findFigures } from './figures';
import { findKinds, isOtherOccasion, isRoundup } from './kinds';
import { ACTING_PREFIX, findPeople, LEADER_OFFICES, withPlaceOutOfName } from './people';
import { findParties, partiesBetween, type Party } from './parties';
import { ancestorsOf, findPlaceMentions, findUnknownRegions, resolvePlaces, type FoundPlace, type PlaceIndex, type ResolvedMention, type UnknownRegion } from './places';
import { describeProfileFact, findProfileFacts, type ProfileValue } from './profile';
import { findPrograms, namesProgram, programMentions, type FoundProgram, type KnownProgram } from './programs';
import { publisherFromDateline, publisherFromUrl, publisherSlug } from './source-meta';
import { cleanArticle, oneEditApart, sentenceAt, splitSentences, type CleanArticle, type Sentence } from './text';
import { findVenue } from './venue';

/** An article to import, with what the command line or the saved page says about it. */
export interface ArticleInput {
  text: string;
  title?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  /** Publication day, YYYY-MM-DD. */
  published?: string | undefined;
}

/** What the importer knows before reading: the registry and the catalog's regions and programs. */
export interface ImportContext {
  places: PlaceIndex;
  programs: readonly (KnownProgram & { originCode: string })[];
  /** Region slugs in content/ by Kemendagri code. */
  regionSlugs: ReadonlyMap<string, string>;
  /** Bounds the year inferred from a weekday; defaults to the current day. */
  today?: string | undefined;
}

/** Every proposed value says where it came from and whether a reviewer must check it. */
export interface Evidence {
  quote: string;
  sure: boolean;
}

/** A region the importer proposes, with the sentence it came from. */
export interface ProposedRegion extends Evidence {
  code: string;
  name: string;
  level: RegionLevel;
  inContent: boolean;
  /** Its slug in content/, or the one it would be written under. */
  slug: string;
  parentCode?: string | undefined;
}

/** A person the importer proposes, with office and region. */
export interface ProposedPerson extends Evidence {
  name: string;
  role: string;
  /** The office alone, for a region's leaders ("Bupati"); absent for offices that do not lead a region. */
  leaderRole?: string | undefined;
  region?: string | undefined;
}

/** A program the importer proposes, known or new. */
export interface ProposedProgram extends Evidence {
  slug: string;
  title: string;
  inContent: boolean;
  aliases: string[];
  /** Region code: the catalog's origin, or the host for a new program. */
  origin?: string | undefined;
}

/** An adoption the importer proposes, with its status. */
export interface ProposedAdoption extends Evidence {
  program: string;
  /** Region code, or the printed name when `unknownRegion` (a region the registry lacks). */
  region: string;
  unknownRegion?: boolean | undefined;
  status: AdoptionStatus;
  evidence?: string | undefined;
}

/** A figure about a region the importer proposes. */
export interface ProposedFact extends Evidence {
  region: string;
  label: string;
  value: number;
  unit: string;
}

/** A fact for a program's profile (legal basis, budget, reach, target, results), always for a reviewer to confirm. */
export type ProposedProfileFact = Evidence & ProfileValue & {
  program: string;
  /** The day a reach figure held: the event's, else the publication's. */
  date?: string | undefined;
};

/** The importer's proposal: the JSON that `--json` prints and `--write` writes from. */
export interface ImportProposal {
  source: { title?: string | undefined; publisher?: string | undefined; published?: string | undefined; url?: string | undefined; slug?: string | undefined; evidence: Record<string, Evidence> };
  event: {
    slug?: string | undefined;
    title?: string | undefined;
    kind: EventKind[];
    date?: string | undefined;
    dateInferred: boolean;
    venue?: string | undefined;
    location?: string | undefined;
    host?: string | undefined;
    guests: string[];
    /** Host or guests named as governments the registry lacks ("Kabupaten Antah Berantah"): kept for the reviewer, never written. */
    unknownParties: { role: 'host' | 'guest'; name: string; quote: string }[];
    people: ProposedPerson[];
    programs: string[];
    evidence: Record<string, Evidence>;
  };
  regions: ProposedRegion[];
  programs: ProposedProgram[];
  adoptions: ProposedAdoption[];
  facts: ProposedFact[];
  profile: ProposedProfileFact[];
  /** The cleaned article text, as it would be stored. */
  text: string;
  /** What was dropped as page furniture. */
  dropped: string[];
  warnings: string[];
}

const REGENCY_LEVELS: readonly RegionLevel[] = ['provinsi', 'kota', 'kabupaten'];
const DEPTH: Record<RegionLevel, number> = { provinsi: 0, kota: 1, kabupaten: 1, kecamatan: 2, kelurahan: 3, desa: 3 };

/** Offices of a kota/kabupaten whose holder belongs to the host when the article names no place. */
const REGENCY_OFFICES = /^(?:Bupati|Wakil Bupati|Wali Kota|Wakil Wali Kota|Sekretaris Daerah|Asisten|Staf Khusus|Kepala (?:Dinas|Badan|Bagian|Bidang|Kantor)|Anggota DPRD|Ketua DPRD|Wakil Ketua DPRD)/u;

const full = (area: RegistryArea) => formatRegionName(area);

/** "Keputusan Kepala Desa Nomor 7 …": the office names who signed a regulation, and "Nomor" is no one's name. */
const REGULATION_NUMBER = /^(?:Nomor|Nomer|No\.?)(?:\s|$)/u;

/** Words that point back at the program a report is about: "hal serupa", "konsep yang sama", "inovasi tersebut". */
/** An office or its people right before "di X": the place they serve in. */
const SERVING_AT = /\b(?:SKPD|OPD|dinas|kepala|pejabat|perangkat daerah|aparatur|warga|masyarakat|perbekel|kades|lurah|camat)\s+di\s+(?:\S+\s+){0,2}$/iu;

/** Words that give a program's owner after its name: "… punya Pemkab Bandung", "…, milik Pemkot Denpasar". */
const OWNER_AFTER = /^[^.;]{0,90}?\b(?:milik|punya|kepunyaan)\s+((?:(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov)\s+)?)/u;

const SAME_THING = /\b(?:hal|konsep|model|sistem|program|inovasi|layanan|pola|cara|langkah)\s+(?:serupa|yang sama|tersebut|ini|itu)\b/iu;

/** Services with one name everywhere, each region's its own: "Mal Pelayanan Publik Kota Pasuruan". */
const SERVICE_NAMES: readonly [RegExp, string][] = [
  [/\bmal{1,2} pelayanan publik\b/iu, 'Mal Pelayanan Publik'],
  [/\bcommand cent(?:er|re)\b/iu, 'Command Center'],
];

/** An institution that is not a regional government, owning the service named before it: police, army, courts, firms. */
const OTHER_OWNER = /^\s*(?:\([^)]{1,12}\)\s*)?(?:di|milik|punya)\s+(?:Mapolres|Mapolda|Polres|Polresta|Polrestabes|Polda|Polsek|Kodim|Korem|Kodam|Kejari|Kejati|Kejaksaan|Pengadilan|Lapas|Rutan|Bandara|Pelabuhan|PT|Bank|Universitas)\b/u;

/** A slug of at most 60 characters, cut between words. */
function shortSlug(title: string): string {
  const slug = slugify(title);
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
}

/** An article read for extraction: its text and sentences, the places it names, and the warnings and evidence every stage adds to. */
interface ArticleReading {
  input: ArticleInput;
  context: ImportContext;
  clean: CleanArticle;
  text: string;
  sentences: Sentence[];
  /** The sentence around a position, as evidence. */
  quote: (index: number) => string;
  /** Where the body starts, after the headline. */
  bodyStart: number;
  /** Where the lead starts in the body, after page furniture. */
  leadStart: number;
  /** The headline, the dateline's paragraph and the next. */
  lead: string;
  found: FoundPlace[];
  resolved: ResolvedMention[];
  unknownRegions: UnknownRegion[];
  regions: ProposedRegion[];
  /** Names of the places found, as the registry and the article spell them. */
  placeNames: Set<string>;
  /** Every place name, for the people finder to end an office at. */
  placeSpans: { text: string }[];
  /** The places named in a sentence, of the given levels. */
  inSentence: (sentence: Sentence, levels?: readonly RegionLevel[]) => ResolvedMention[];
  sentenceOf: (index: number) => Sentence;
  warnings: string[];
  evidence: Record<string, Evidence>;
}

/** The event's parties as the frames found them: venue, host, guests and the governments the registry lacks. */
interface EventParties {
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

/** Proposes entries for one article: source, event, regions, programs, adoptions and figures, each with its sentence. */
export function extractArticle(input: ArticleInput, context: ImportContext): ImportProposal {
  const article = readArticle(input, context);
  const event = eventParties(article);
  const { foundDate, kinds } = eventDateAndKinds(article, event);
  const location = eventLocation(article, event, foundDate);
  const people = proposePeople(article, event);
  const programs = proposePrograms(article, event.host);
  const adoptions = proposeAdoptions(article, event, programs, kinds.map((k) => k.kind));
  const facts = proposeFacts(article, event);
  const { clean, text, sentences, regions, placeNames, warnings, evidence } = article;
  // Profile facts, for the program their sentence names, else the one the article names most often.
  const profile = proposeProfile(sentences, programs, (sentence, program) => namesProgram(sentence, program, context.programs, placeNames), foundDate?.date ?? input.published);
  const { publisher, sourceEvidence, headline } = proposeSource(article);
  const { venue, host, guests, unknownParties } = event;
  const hostName = host && full(host.area!);
  const kindList = kinds.map((k) => k.kind);
  const eventTitle = kindList[0] === 'studi-tiru' && host && guests.length
    ? `Studi tiru ${guests.map((g) => full(g.area!)).join(' dan ')} ke ${hostName}`
    : headline
      ? headline.split(/,\s/)[0]!
      : kindList[0] && hostName ? `${EVENT_KINDS[kindList[0]]} ${hostName}` : undefined;
  const date = foundDate?.date;
  const eventSlug = date && eventTitle ? `${date}-${shortSlug(eventTitle)}` : undefined;

  return {
    source: {
      title: headline ?? (eventTitle && `[${eventTitle}]`),
      publisher,
      published: input.published,
      url: input.url,
      slug: publisher && date ? `${publisherSlug(publisher)}-${date}` : undefined,
      evidence: sourceEvidence,
    },
    event: {
      slug: eventSlug,
      title: eventTitle,
      kind: kindList,
      date,
      dateInferred: foundDate?.yearInferred ?? false,
      venue,
      location: location?.code,
      host: host?.area?.code,
      guests: guests.map((g) => g.area!.code),
      unknownParties,
      people,
      programs: programs.map((p) => p.slug),
      evidence,
    },
    regions,
    programs,
    adoptions,
    facts,
    profile,
    text,
    dropped: clean.dropped,
    warnings,
  };
}

/** Cleans the article, splits its sentences and finds the places it names: what every later stage reads. */
function readArticle(input: ArticleInput, context: ImportContext): ArticleReading {
  const warnings: string[] = [];
  const clean = cleanArticle(input.text);
  const body = clean.paragraphs.join('\n');
  const text = clean.headline ? `${clean.headline}\n${body}` : body;
  const sentences = splitSentences(text);
  const quote = (index: number) => sentenceAt(sentences, index);
  const bodyStart = clean.headline ? clean.headline.length + 1 : 0;
  // The lead is the headline, the dateline's paragraph and the next: what came before the dateline is page furniture.
  const leadStart = clean.paragraphs.slice(0, clean.leadIndex).join('\n').length + (clean.leadIndex > 0 ? 1 : 0);
  const lead = `${clean.headline ?? ''}\n${body.slice(leadStart, leadStart + clean.paragraphs.slice(clean.leadIndex, clean.leadIndex + 2).join('\n').length)}`;

  // Places first: everything else is anchored on them.
  const mentions = findPlaceMentions(text, context.places);
  const { found, resolved, ambiguous } = resolvePlaces(mentions, context.places);
  const unknownRegions = findUnknownRegions(text, context.places, mentions);
  for (const region of unknownRegions) {
    warnings.push(`"${region.name}" tidak ada di registri Kemendagri; tidak ditulis. Periksa ejaannya atau tulis wilayahnya sendiri.`);
  }
  for (const mention of ambiguous) {
    warnings.push(`"${mention.text}" cocok dengan ${mention.candidates.length} wilayah di registri (${mention.candidates.slice(0, 4).map((a) => a.code).join(', ')}${mention.candidates.length > 4 ? ', …' : ''}); tidak dipilih. Tambahkan kecamatan atau kabupatennya bila perlu.`);
  }
  const slugOf = (area: RegistryArea) => context.regionSlugs.get(area.code) ?? regionSlug(area);
  const regions: ProposedRegion[] = found.map((place) => ({
    code: place.area.code,
    name: place.area.name,
    level: place.area.level,
    parentCode: place.area.parentCode,
    inContent: context.regionSlugs.has(place.area.code),
    slug: slugOf(place.area),
    quote: quote(place.index),
    sure: place.sure,
  }));
  // Names as the registry spells them and as the article prints them ("Lepo Lepo" / "Kelurahan Lepo-Lepo" → "Lepo-Lepo").
  const printedNames = resolved.map((m) => m.text.replace(/^\S+\s+/, ''));
  const placeNames = new Set([...found.flatMap(({ area }) => [area.name, full(area)]), ...printedNames]);
  // Unresolved names are still places: "Kepala Desa Sri Mulyo Joko Susilo" ends its role at the village.
  const unresolvedNames = ambiguous.flatMap((m) => [m.text, m.candidates[0]!.name]);
  const placeSpans = [...new Set([...resolved.map((m) => m.text), ...placeNames, ...unresolvedNames])].map((t) => ({ text: t }));
  const inSentence = (sentence: Sentence, levels?: readonly RegionLevel[]) =>
    resolved.filter((m) => m.index >= sentence.start && m.index < sentence.start + sentence.text.length && (!levels || levels.includes(m.area.level)));
  const sentenceOf = (index: number) => sentences.findLast((s) => s.start <= index) ?? sentences[0]!;
  return { input, context, clean, text, sentences, quote, bodyStart, leadStart, lead, found, resolved, unknownRegions, regions, placeNames, placeSpans, inSentence, sentenceOf, warnings, evidence: {} };
}

/** The venue, the host and the guests, from the frames of the body (the headline's only when the body has none). */
function eventParties(article: ArticleReading): EventParties {
  const { clean, text, sentences, quote, bodyStart, leadStart, resolved, unknownRegions, warnings, evidence } = article;
  // Venue: the first building or room the article places the event in.
  const foundVenue = findVenue(text);
  const venue = foundVenue?.venue;
  const venueRegions = foundVenue ? resolved.filter((m) => m.index >= foundVenue.start && m.index < foundVenue.start + foundVenue.venue.length) : [];
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
  // "berkunjung ke ibu kota Provinsi X": a province hosts no visit when the venue lies in one of its cities.
  const venueRegency = venueRegions.find((m) => m.area.level === 'kota' || m.area.level === 'kabupaten');
  if (framed.host?.area?.level === 'provinsi' && venueRegency?.area.code.startsWith(`${framed.host.area.code}.`)) {
    framed = { ...framed, host: { index: venueRegency.index, text: venueRegency.text, area: venueRegency.area }, sure: false };
  }
  const host = framed.host?.area ? framed.host : undefined;
  const guests = framed.guests.filter((g) => g.area && g.area.code !== host?.area?.code);
  const unknownParties = [...(framed.host?.unknown ? [framed.host] : []), ...framed.guests.filter((g) => g.unknown)].map((p) => ({
    role: p === framed.host ? ('host' as const) : ('guest' as const),
    name: p.unknown!,
    quote: framed.quote ?? quote(p.index),
  }));
  if (host) evidence['host'] = { quote: framed.quote ?? quote(host.index), sure: framed.sure };
  if (guests.length) evidence['guests'] = { quote: framed.quote ?? quote(guests[0]!.index), sure: (framed.guestsSure ?? framed.sure) && !unknownParties.length };
  if (!host && framed.place?.area) warnings.push(`${full(framed.place.area)} disebut sebagai tempat kunjungan, bukan sebagai pemerintah; tuan rumah (host) isi sendiri bila ada`);
  else if (!host) warnings.push('tuan rumah (host) tidak ditemukan; isi sendiri');
  for (const place of framed.otherPlaces ?? []) warnings.push(`rombongan juga berkunjung ke ${place.area ? full(place.area) : place.text}; bila itu kunjungan tersendiri, catat sebagai acara kedua`);
  return { foundVenue, venue, venueRegions, parties, framed, host, guests, unknownParties };
}

/** The event's date, and its kinds from the lead (or further down, as the comments say). */
function eventDateAndKinds(article: ArticleReading, event: EventParties) {
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
  const learningVisit = kinds.length === 0 && !feature && !isOtherOccasion(lead) && host && guests.length > 0 && /\b(?:belajar|mempelajari|menimba ilmu|berguru|studi)\b/iu.test(text);
  if (learningVisit) kinds.push({ kind: 'studi-tiru', index: 0 });
  if (kinds.length === 0) warnings.push(`jenis kegiatan tidak ditemukan di judul dan pembuka; pilih dari: ${Object.keys(EVENT_KINDS).join(', ')}`);
  else evidence['kind'] = { quote: learningVisit ? (framed.quote ?? '') : quote(Math.max(0, text.indexOf(kindText.slice(kinds[0]!.index, kinds[0]!.index + 12)))), sure: !learningVisit && !later.length && !kinds.some((k) => k.inferred) };
  return { foundDate, kinds };
}

/** Where the event took place: the deepest region in the venue, else the dated sentence's "di …", else the host. */
function eventLocation(article: ArticleReading, event: EventParties, foundDate: ReturnType<typeof findEventDate>): RegistryArea | undefined {
  const { text, sentences, quote, bodyStart, inSentence, sentenceOf, evidence } = article;
  const { foundVenue, venueRegions, host, guests, framed } = event;
  // Location: the deepest region named in the venue, else where the event's sentence says "di …", else the host.
  let location: RegistryArea | undefined;
  if (foundVenue) {
    evidence['venue'] = { quote: quote(foundVenue.index), sure: !foundVenue.visited };
    location = [...venueRegions].sort((a, b) => DEPTH[b.area.level] - DEPTH[a.area.level])[0]?.area;
    if (location) evidence['location'] = { quote: quote(foundVenue.index), sure: !host || location.code === host.area!.code || location.code.startsWith(`${host.area!.code}.`) };
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
          (m) => withinHost(m) && /\bdi\s+(?:\S+\s+){0,2}$/iu.test(text.slice(Math.max(dated.start, m.index - 30), m.index)) && !SERVING_AT.test(text.slice(Math.max(dated.start, m.index - 40), m.index)) && !bracketed(m.index),
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
  return location;
}

/** The people the body names, with the region of their office. */
function proposePeople(article: ArticleReading, event: EventParties): ProposedPerson[] {
  const { context, text, quote, bodyStart, found, resolved, placeSpans } = article;
  const { host, guests } = event;
  // People, with the region of their office.
  // By the registry's name, or as the article printed it ("Kabupaten Sergai", "Kukar": a short name).
  const regionOfPlace = (place: string | undefined) =>
    place
      ? (found.find(({ area }) => place === area.name || place === full(area) || place.endsWith(area.name))?.area ??
        resolved.find((m) => m.text === place || m.text.replace(/^\S+\s+/u, '') === place || place.endsWith(` ${m.text}`))?.area)
      : undefined;
  // People are read from the body: headlines shorten names and capitalise every word ("Bupati Askolani Dengarkan …").
  // "Wali Kota Bukittingi": a one-word "name" one letter away from a regency's name is that regency misspelt.
  const misspeltRegency = (name: string) => {
    const word = name.toUpperCase();
    return !/\s/.test(name) && word.length >= 6 && [...context.places.regencies.keys()].some((k) => !k.includes(' ') && oneEditApart(word, k));
  };
  // "Kapolsek Pangkalan Balai …": after an office of a kecamatan or village, a name of two or more words that is an
  // area's name, printed without titles, is the office's place, not its holder.
  const placeAfterLocalOffice = (person: { name: string; office: string }) =>
    /^(?:Camat|Sekretaris Camat|Lurah|Kepala Desa|Kades|Kepala Kelurahan|Kapolsek|Danramil)$/u.test(person.office.replace(/^(?:Pj\.?|Plt\.?|Plh\.?)\s+/u, '')) &&
    /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+$/u.test(person.name) && context.places.named(person.name, true).length > 0;
  // A region's name printed inside a "name" continues the role when the role has no place, or a place inside it.
  const regionNamed = (name: string, rolePlace: string | undefined) => {
    const areas = [...(context.places.regencies.get(name.toUpperCase()) ?? []), ...context.places.provinces.filter((p) => p.name.toUpperCase() === name.toUpperCase())];
    const inner = rolePlace ? regionOfPlace(rolePlace) : undefined;
    return areas.some((area) => !rolePlace || Boolean(inner?.code.startsWith(`${area.code}.`)));
  };
  const people: ProposedPerson[] = findPeople(text.slice(bodyStart), placeSpans).filter((person) => !misspeltRegency(person.name) && !placeAfterLocalOffice(person) && !REGULATION_NUMBER.test(person.name)).map(({ index, ...person }) => ({ ...withPlaceOutOfName(person, regionNamed), index: index + bodyStart })).map((person) => {
    const named = regionOfPlace(person.place);
    // An office printed without its region belongs to the host only when no other government took part: with
    // guests, "kata Bupati Fahmi" may be the guests' Bupati, and writing him into the host's leaders would be wrong.
    const region = named ?? (REGENCY_OFFICES.test(person.role) && guests.length === 0 ? host?.area : undefined);
    const office = person.office.replace(ACTING_PREFIX, '');
    return {
      name: person.name,
      role: person.role,
      leaderRole: LEADER_OFFICES.has(office) && region ? person.office : undefined,
      region: region?.code,
      quote: quote(person.index),
      sure: !person.unsure && (Boolean(named) || !REGENCY_OFFICES.test(person.role)),
    };
  });
  // "Bupati Tulang Bawang Hj. Winarti … urai Bupati Gotong Royong": a second holder of an office the article already
  // gave a name with its region is more likely an epithet than a person.
  for (const person of people.filter((p) => !p.region)) {
    if (people.some((other) => other !== person && other.region && other.role.startsWith(`${person.role} `))) person.sure = false;
  }
  return people;
}

/** The programs the article names, each with the region it comes from, and the services every region builds. */
function proposePrograms(article: ArticleReading, host: Party | undefined): ProposedProgram[] {
  const { context, text, quote, bodyStart, resolved, placeNames, inSentence, sentenceOf } = article;
  // Programs and the adoptions the guests state. A program "dipelajari dari Kota Malang" comes from Malang.
  const learnedFrom = (index: number) => {
    const sentence = sentenceOf(index);
    const from = /\b(?:dipelajari|diadopsi|ditiru|dicontoh|belajar|meniru|mencontoh|replikasi)\s+dari\s+/iu.exec(sentence.text);
    return from ? inSentence(sentence, REGENCY_LEVELS).find((m) => m.index >= sentence.start + from.index)?.area.code : undefined;
  };
  // "aplikasi Apik punya Pemkab Bandung", "TOSS (Tempat Olah Sampah Setempat, milik Pemkab Klungkung)": the owner
  // printed right after any mention of the name.
  // The kota or kabupaten named right after a name owns it: "Mal Pelayanan Publik (MPP) Pemerintah Kota Bogor",
  // "MPP di Bojonegoro", "Data Pokok Pendidikan (Dapodik) Kota Bandung", "Tani Jago Dilan dari Kabupaten Lamongan".
  const ownerAfter = (end: number) => {
    // On the same line: a headline's last word is not owned by the dateline's place below it.
    const between = /^[ \t]*(?:\([^)]{1,12}\)[ \t]*)?(?:milik[ \t]+|di[ \t]+|dari[ \t]+)?(?:(?:Pemerintah|Pemkab|Pemkot|Pemko)[ \t]+)?/u.exec(text.slice(end))![0];
    return resolved.find((m) => m.index === end + between.length && REGENCY_LEVELS.includes(m.area.level))?.area;
  };
  const ownedBy = (program: FoundProgram) => {
    for (const at of programMentions(text, program, context.programs, placeNames)) {
      const owner = OWNER_AFTER.exec(text.slice(at, at + 120));
      // The region's mention may begin at its government word ("Pemkab Bandung") or after it.
      const area = owner && resolved.find((m) => m.index >= at + owner[0].length - owner[1]!.length && m.index <= at + owner[0].length && REGENCY_LEVELS.includes(m.area.level))?.area;
      const printed = [program.title, ...program.aliases].find((name) => text.slice(at, at + name.length).toLocaleLowerCase('id-ID') === name.toLocaleLowerCase('id-ID'));
      const next = area ?? (printed ? ownerAfter(at + printed.length) : undefined);
      if (next) return next.code;
    }
    return undefined;
  };
  const programs: ProposedProgram[] = findPrograms(text, bodyStart, context.programs, placeNames).map((program) => ({
    slug: program.slug,
    title: program.title,
    inContent: program.inContent,
    aliases: program.aliases,
    origin: context.programs.find((p) => p.slug === program.slug)?.originCode ?? ownedBy(program) ?? learnedFrom(program.index) ?? host?.area?.code,
    quote: quote(program.index),
    sure: program.sure,
  }));
  // Services every region builds under one name, which reports often print in lower case ("mal pelayanan publik"):
  // the host's own, titled with its name, when no program names it already. Never sure: the report may mean another's.
  // Each is its owner's program: the kota or kabupaten named right after the name ("Mal Pelayanan Publik (MPP)
  // Pemerintah Kota Bogor", "MPP di Bojonegoro"), else the host. A bare "Mal Pelayanan Publik" names no program.
  for (const [pattern, name] of SERVICE_NAMES) {
    // "Command Center di Polrestabes Semarang" is the police's, not a government program.
    const mentions = [...text.slice(bodyStart).matchAll(new RegExp(pattern.source, 'giu'))].map((m) => bodyStart + m.index).filter((at) => !OTHER_OWNER.test(text.slice(at + name.length, at + name.length + 40)));
    if (!mentions.length) continue;
    const owner = mentions.map((at) => ownerAfter(at + name.length)).find(Boolean) ?? host?.area;
    const bare = programs.findIndex((p) => !p.inContent && p.title.replace(/^Mall\b/u, 'Mal') === name);
    if (!owner || programs.some((p, i) => i !== bare && (pattern.test(p.title) || p.aliases.some((a) => pattern.test(a))))) continue;
    const title = `${name} ${full(owner)}`;
    const slug = slugify(title);
    const known = context.programs.find((p) => p.slug === slug);
    const program = { slug, title: known?.title ?? title, inContent: Boolean(known), aliases: bare >= 0 ? programs[bare]!.aliases : [], origin: owner.code, quote: quote(mentions[0]!), sure: false };
    if (bare >= 0) programs.splice(bare, 1, program);
    else programs.push(program);
  }
  return programs;
}

/** The adoptions the article states, one per region and program, at the strongest status it gives. */
function proposeAdoptions(article: ArticleReading, event: EventParties, programs: ProposedProgram[], kinds: readonly EventKind[]): ProposedAdoption[] {
  const { context, sentences, placeNames } = article;
  const { parties, framed, guests } = event;
  // The region that one of the two sentences before says plans or takes a step: named before its verb (the words after
  // it name what is copied, "… akan mereplikasi tiga inovasi dari Jawa Tengah"), or in the sentence before that when
  // the plan's subject is a pronoun ("Provinsi Gorontalo … . Rencananya, mereka akan mereplikasi …").
  const plannerBefore = (sentence: Sentence, eligible: (p: Party) => boolean | undefined): Party[] => {
    const at = sentences.indexOf(sentence);
    const regionIn = (s: Sentence | undefined, end?: number) => s && partiesBetween(parties, s.start, end ?? s.start + s.text.length).find((p) => eligible(p) && p.area && REGENCY_LEVELS.includes(p.area.level));
    for (let before = at - 1; before >= Math.max(0, at - 2); before--) {
      const plan = statusAt(sentences[before]!.text);
      if (!plan) continue;
      const party = regionIn(sentences[before], sentences[before]!.start + plan.index) ?? regionIn(sentences[before - 1]);
      return party ? [party] : [];
    }
    return [];
  };
  const adoptions: ProposedAdoption[] = [];
  const agreements = new Map<string, string>();
  for (const sentence of sentences) {
    const agreement = evidenceIn(sentence.text);
    if (agreement) for (const p of programs.filter((p) => namesProgram(sentence.text, p, context.programs, placeNames))) agreements.set(p.slug, agreement);
  }
  const partyKey = (p: Party) => p.area?.code ?? `?${p.unknown}`;
  const allGuests = [...guests, ...framed.guests.filter((g) => g.unknown)];
  // Each clause has its own verb: "X sudah kami duplikasi, sedangkan Y akan kita tiru".
  const clauses = sentences.flatMap((sentence) => {
    const parts = sentence.text.split(/(?=,\s*(?:sedangkan|sementara|tetapi|namun|adapun)\s|;\s)/u);
    let offset = 0;
    return parts.map((part) => {
      const clause = { text: part, start: sentence.start + offset, sentence, inferred: false };
      offset += part.length;
      return clause;
    });
  });
  const guestsStudyPrograms = sentences.some((s) => STUDIES_PROGRAMS.test(s.text));
  // On a study visit, a host's program the sentence says was visited or admired is one the guests studied.
  const studyVisit = kinds.includes('studi-tiru');
  for (const { text: clauseText, sentence, inferred } of [...clauses, ...followUps(sentences, article.text)]) {
    // What a host explains to its visitors they study: "Asisten I memaparkan program unggulan seperti …".
    // Only when the guests came for the host's programs, not for a field ("belajar penataan kampung") a program may illustrate.
    // Only with host and guests read from a sure frame: with a doubtful one the visitor may be the host.
    const shown = !statusIn(clauseText) && allGuests.length > 0 && framed.sure && ((guestsStudyPrograms && presents(clauseText)) || (studyVisit && sawOrAdmired(clauseText)));
    const status = statusIn(clauseText) ?? (shown ? 'dipelajari' : undefined);
    if (!status) continue;
    // A service program is named by the service alone as well ("… membangun Mal Pelayanan Publik di ibu kota kabupaten").
    const byName = programs.filter((program) => (!shown || program.origin === event.host?.area?.code) && (namesProgram(clauseText, program, context.programs, placeNames) || SERVICE_NAMES.some(([pattern]) => pattern.test(program.title) && pattern.test(clauseText))));
    // "berharap dapat menerapkan hal serupa", "berencana membukanya": with one program in the article, the thing meant is that program.
    const byReference = !byName.length && status !== 'dipelajari' && programs.length === 1 && (SAME_THING.test(clauseText) || REFERS_BACK.test(clauseText));
    const named = byReference ? programs : byName;
    if (!named.length) continue;
    const end = sentence.start + sentence.text.length;
    const inside = partiesBetween(parties, sentence.start, end).filter((p) => !p.area || REGENCY_LEVELS.includes(p.area.level) || allGuests.some((g) => partyKey(g) === partyKey(p)));
    // "akan direplikasi oleh Kabupaten X" names the adopter; else the guests the sentence names; else all guests.
    // So does "akan diterapkan di Kabupaten X": the place a program is to be used is its adopter.
    // "yang telah diterapkan di Kabupaten Lamongan" says where a program runs: its owner, when it is Lamongan's, names
    // no adopter. A place is likely the adopter, never surely: the sentence may speak of the owner's own use.
    const byAt = sentence.text.search(/\b(?:direplikasi|diadopsi|ditiru|diterapkan|dicontoh|diduplikasi)\s+oleh\s+(?=(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi)\b)/u);
    const placeAt = byAt >= 0 ? -1 : sentence.text.search(/\b(?:direplikasi|diadopsi|ditiru|diterapkan|dicontoh|diduplikasi|dikembangkan)\s+di\s+(?=(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi)\b)/u);
    const adopterAt = Math.max(byAt, placeAt);
    const named2 = adopterAt >= 0 ? inside.filter((p) => p.index >= sentence.start + adopterAt).slice(0, 1) : inside.filter((p) => allGuests.some((g) => partyKey(g) === partyKey(p)));
    // A region the sentence names that is neither host nor guest is its subject ("Kabupaten Banyuasin yang lebih dulu
    // berkunjung kini menerapkan …"), not the guests. Likely, not sure.
    const bystander = named2.length ? [] : inside.filter((p) => p.area && p.area.code !== event.host?.area?.code && !named.some((program) => program.origin === p.area!.code) && !/^[\p{Lu}\s]+$/u.test(p.text)).slice(0, 1);
    // An article without guests reports one region acting on its own ("Kota Bogor mulai uji coba …"), never one the
    // sentence names as a program's owner ("A dari Kabupaten Lamongan"). When the sentence names only owners, the one
    // acting is the region an earlier sentence says plans it ("Provinsi Gorontalo … akan mereplikasi empat inovasi").
    const notOwner = (p: Party) => p.area && !/^[\p{Lu}\s]+$/u.test(p.text) && !named.some((program) => program.origin === p.area!.code);
    const alone = inside.filter(notOwner).slice(0, 1);
    const actors = named2.length ? named2 : bystander.length && allGuests.length ? bystander : allGuests.length ? allGuests : alone.length ? alone : plannerBefore(sentence, notOwner);
    const explicit = named2.length > 0 || (allGuests.length === 1 && framed.sure && !bystander.length);
    // A program's owner does not adopt it: when the guests own it ("Kita mereplikasi aplikasi Apik punya Pemkab
    // Bandung", said at the host's office), the host is the one that learns. Likely, not sure.
    const pairs = named.flatMap((program) => {
      const others = actors.filter((a) => a.area?.code !== program.origin);
      if (others.length) return others.map((actor) => ({ program, actor, fallback: false }));
      // Not when the sentence itself named the adopter: "akan diterapkan di Kabupaten X" about X's own program is no adoption.
      return adopterAt < 0 && event.host?.area && event.host.area.code !== program.origin && actors.length > 0 ? [{ program, actor: event.host, fallback: true }] : [];
    });
    for (const { program, actor, fallback } of pairs) {
      const region = actor.area?.code ?? actor.unknown!;
      const known = adoptions.find((a) => a.program === program.slug && a.region === region);
      const evidenceText = evidenceIn(sentence.text) ?? agreements.get(program.slug);
      // A status read from a host's explaining, or from the sentence before, is likely only.
    const sure = explicit && !fallback && !actor.unknown && actors.length === 1 && !byReference && !shown && !inferred && placeAt < 0;
      if (!known) adoptions.push({ program: program.slug, region, ...(actor.unknown ? { unknownRegion: true } : {}), status, evidence: evidenceText, quote: sentence.text, sure });
      else if (isStronger(status, known.status)) Object.assign(known, { status, quote: sentence.text, evidence: evidenceText ?? known.evidence, sure });
    }
  }
  return adoptions;
}

/** Figures, for the region the sentence names or else the host. */
function proposeFacts(article: ArticleReading, event: EventParties): ProposedFact[] {
  const { sentences, inSentence, warnings } = article;
  const { host, guests } = event;
  // Figures, for the region the sentence names or else the host.
  const facts: ProposedFact[] = sentences.flatMap((sentence) =>
    findFigures(sentence.text).flatMap((figure) => {
      if (figure.unreadable) {
        warnings.push(`angka "${figure.misprint}" tidak diusulkan: tanda desimal dan satuannya sama-sama tidak pasti; periksa di sumbernya`);
        return [];
      }
      const named = inSentence(sentence)[0]?.area;
      // With guests present, a figure whose sentence names no region may be the guests' ("daerah kami punya 17
      // kecamatan"): it is not filed under the host.
      const region = named ?? (guests.length === 0 ? host?.area : undefined);
      return region ? [{ region: region.code, label: figure.label, value: figure.value, unit: figure.unit, quote: sentence.text, sure: Boolean(named) && figure.sure && !figure.misprint }] : [];
    }),
  );
  return facts;
}

/** The source's publisher and title, from the options, the dateline or the page's address. */
function proposeSource(article: ArticleReading) {
  const { input, context, clean, warnings } = article;
  // The source.
  const isPlace = (name: string) => context.places.named(name, true).length > 0;
  const datelineParagraph = clean.paragraphs[clean.leadIndex];
  const dateline = datelineParagraph ? publisherFromDateline(datelineParagraph, isPlace) : undefined;
  // A sure dateline names the outlet; failing that, the page's address does (an unsure dateline may be a place).
  const fromUrl = input.publisher || dateline?.sure ? undefined : publisherFromUrl(input.url);
  const publisher = input.publisher ?? fromUrl ?? dateline?.publisher;
  const sourceEvidence: Record<string, Evidence> = {};
  if (fromUrl) {
    sourceEvidence['publisher'] = { quote: `(alamat halaman: ${input.url})`, sure: false };
    warnings.push(`penerbit "${fromUrl}" diambil dari alamat halaman; periksa atau berikan --publisher`);
  } else if (publisher) sourceEvidence['publisher'] = { quote: input.publisher ? '(diberikan: --publisher atau metadata halaman)' : dateline!.dateline, sure: Boolean(input.publisher) || dateline!.sure };
  else warnings.push('penerbit tidak ditemukan di dateline; berikan --publisher');
  if (dateline && !dateline.sure && !input.publisher && !fromUrl) warnings.push(`penerbit "${dateline.publisher}" dibaca dari dateline dan mungkin nama tempat; periksa atau berikan --publisher`);
  const headline = input.title ?? clean.headline;
  // A headline is the article's title when a dateline follows it; a first line alone may be anything.
  if (headline) sourceEvidence['title'] = { quote: headline, sure: Boolean(input.title) || Boolean(dateline) };
  return { publisher, sourceEvidence, headline };
}

/** Profile facts of the article's sentences, each given to a program the article names. */
function proposeProfile(sentences: readonly Sentence[], programs: readonly ProposedProgram[], names: (sentence: string, program: ProposedProgram) => boolean, date: string | undefined): ProposedProfileFact[] {
  if (!programs.length) return [];
  const mentions = programs.map((program) => sentences.filter((s) => names(s.text, program)).length);
  const subject = programs[mentions.indexOf(Math.max(...mentions))]!;
  // One proposal per fact: a regulation or amount printed again adds only what the first printing left out (its title).
  const proposed = new Map<string, ProposedProfileFact>();
  for (const sentence of sentences) {
    for (const { index: _, ...fact } of findProfileFacts(sentence.text)) {
      const program = programs.find((p) => names(sentence.text, p)) ?? subject;
      const key = `${program.slug} ${describeProfileFact(fact)}`;
      const known = proposed.get(key);
      if (known) Object.assign(known, { ...fact, ...Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined)) });
      else proposed.set(key, { ...fact, program: program.slug, ...((fact.part === 'scale' || fact.part === 'results') && date ? { date: date.slice(0, 7) } : {}), quote: sentence.text, sure: false });
    }
  }
  return [...proposed.values()];
}

/** The registry areas a proposal needs that content/ lacks: the named regions and their missing ancestors, top first. */
export function regionsToWrite(proposal: ImportProposal, context: ImportContext): RegistryArea[] {
  const needed = new Map<string, RegistryArea>();
  // Only a region something refers to is written: the event's place and parties, a person's, a program's origin,
  // an adoption's or a figure's. A place named in passing ("Blora is due next month") stays a proposal only.
  const { event } = proposal;
  const referred = new Set<string>(
    [
      event.location, event.host, ...event.guests, ...event.people.map((p) => p.region),
      ...proposal.programs.filter((p) => !p.inContent).map((p) => p.origin),
      ...proposal.adoptions.filter((a) => !a.unknownRegion).map((a) => a.region), ...proposal.facts.map((f) => f.region),
    ].filter((code): code is string => Boolean(code)),
  );
  for (const region of proposal.regions.filter((r) => !r.inContent && referred.has(r.code))) {
    const area = context.places.registry.get(region.code)!;
    for (const each of [area, ...ancestorsOf(area, context.places.registry)]) {
      if (!context.regionSlugs.has(each.code)) needed.set(each.code, each);
    }
  }
  return [...needed.values()].sort((a, b) => DEPTH[a.level] - DEPTH[b.level] || a.code.localeCompare(b.code));
}

