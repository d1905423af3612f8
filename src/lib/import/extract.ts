// One article to a proposal, in stages over one reading of it: article.ts reads the text and its places,
// event-stages.ts the event (parties, date, kinds, location), program-stages.ts its programs, adoptions and
// profile facts; here the people, figures and source, and the proposal put together.
import { EVENT_KINDS } from '../../schemas/event';
import type { RegistryArea } from '../check/registry';
import { formatRegionName } from '../format/region-name';
import { slugify } from '../format/slugify';
import { findFigures } from './figures';
import { findKinds, namesAnyKind } from './kinds';
import { guestsFromOfficials, REGIONAL_OFFICES } from './visiting-officials';
import { ancestorsOf } from './places';
import { ACTING_PREFIX, findPeople, LEADER_OFFICES, personKey, withPlaceOutOfName } from './people';
import { findNationalOfficials } from './national-officials';
import { namesProgram } from './programs';
import { publisherFromDateline, publisherFromUrl, publisherSlug } from './source-meta';
import { inProse, oneEditApart } from './text';
import { type ArticleReading, DEPTH, readArticle } from './article';
import { type EventParties, eventDateAndKinds, eventLocation, eventParties } from './event-stages';
import { proposeAdoptions, proposeProfile, proposePrograms } from './program-stages';
import type { ArticleInput, Evidence, ImportContext, ImportProposal, ProposedAdoption, ProposedFact, ProposedPerson } from './proposal';

/** Words of a visit or of learning from a host, anywhere in the report. */
const VISIT_OR_LEARNING = /\b(?:stud[iy][ -](?:tiru|banding)|kaji[ -](?:tiru|banding)|bench[ -]?ma?rk\p{L}*|kunjungan|kunker|berkunjung|bertandang|belajar|mempelajari|menimba ilmu|berguru)\b/iu;

/** "Keputusan Kepala Desa Nomor 7 …": the office names who signed a regulation, and "Nomor" is no one's name. */
const REGULATION_NUMBER = /^(?:Nomor|Nomer|No\.?)(?:\s|$)/u;

/** "Direktur Utama RSUD X": a word that ranks an office is no one's name. */
const OFFICE_RANK = /^(?:Utama|Madya|Muda|Pratama|Pertama|Umum|Khusus)$/u;

/** "… Direktur Utama RSUD Meuraxa, Plt Kepala Dinas …": the end of an institution's name before an office is no person. */
const INSTITUTION_BEFORE = /(?:^|[^\p{L}])(?:RSUD|RSU|RS|Puskesmas|Bank|PT|UPTD|UPT|SMAN?|SMPN?|SDN?|SMKN?|Polres|Polsek|Kodim|Perumda|PDAM)\s+$/u;

/** A slug of at most 60 characters, cut between words. */
function shortSlug(title: string): string {
  const slug = slugify(title);
  return slug.length <= 60 ? slug : slug.slice(0, 61).replace(/-[^-]*$/, '');
}

/** Proposes entries for one article: source, event, regions, programs, adoptions and figures, each with its sentence. */
export function extractArticle(input: ArticleInput, context: ImportContext): ImportProposal {
  const article = readArticle(input, context);
  const framedEvent = eventParties(article);
  const officials = proposePeople(article, framedEvent);
  const event = withVisitingOfficials(article, framedEvent, officials);
  const { foundDate, kinds } = eventDateAndKinds(article, event);
  const location = eventLocation(article, event, foundDate);
  const people = officials.map(({ index: _, ...person }) => person);
  // "Inisiator Aplikasi X, Hari Nugroho": a name the people's reading holds is no program's.
  const programs = proposePrograms(article, event.host).filter((program) => !officials.some((person) => personKey(person.name) === personKey(program.title)));
  const adoptions = byRegenciesForProvince(proposeAdoptions(article, event, programs, kinds.map((k) => k.kind)), framedEvent, event);
  const facts = proposeFacts(article, event);
  const { clean, text, sentences, regions, placeNames, warnings, evidence } = article;
  // Profile facts, for the program their sentence names, else the one the article names most often.
  const profile = proposeProfile(sentences, programs, (sentence, program) => namesProgram(sentence, program, context.programs, placeNames), foundDate?.date ?? input.published);
  const { publisher, sourceEvidence, headline } = proposeSource(article);
  const { venue, host, guests, unknownParties } = event;
  const hostName = host && formatRegionName(host.area!);
  const kindList = kinds.map((k) => k.kind);
  const eventTitle = kindList[0] === 'studi-tiru' && host && guests.length
    ? `Studi tiru ${guests.map((g) => formatRegionName(g.area!)).join(' dan ')} ke ${hostName}`
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

/**
 * A visit whose frames named no visitors, or only a province, has as guests the other governments whose officials it
 * names (`guestsFromOfficials`), to check. Not for a meeting, launch or signing, where officials attend as participants.
 */
function withVisitingOfficials(article: ArticleReading, event: EventParties, officials: (ProposedPerson & { index: number })[]): EventParties {
  const { context, lead, quote, evidence } = article;
  // A visit the lead tells of, or one it names no kind for; not when its kind words were set aside ("banyak daerah
  // yang studi banding ke X": what many do, not this event).
  const kinds = findKinds(lead);
  const visit = kinds.length ? kinds.every((k) => k.kind === 'studi-tiru') : !namesAnyKind(lead) && VISIT_OR_LEARNING.test(article.text);
  if (!visit) return event;
  const guests = guestsFromOfficials(event.host, event.guests, officials, context.places.registry);
  if (!guests) return event;
  evidence['guests'] = { quote: quote(guests[0]!.index), sure: false };
  return { ...event, guests };
}

/**
 * A province that gave way to its regencies as the guests ("Lampung belajar e-Planning ke Medan" over four regencies'
 * officials) takes up nothing itself: what the report says it studied or planned, each of those regencies did, to check.
 */
function byRegenciesForProvince(adoptions: ProposedAdoption[], framed: EventParties, event: EventParties): ProposedAdoption[] {
  const gaveWay = framed.guests.find((g) => g.area?.level === 'provinsi' && !event.guests.includes(g))?.area;
  if (!gaveWay) return adoptions;
  const regencies = event.guests.filter((g) => g.area!.code.startsWith(`${gaveWay.code}.`));
  return adoptions.flatMap((adoption) =>
    adoption.region === gaveWay.code ? regencies.filter((g) => !adoptions.some((a) => a.program === adoption.program && a.region === g.area!.code)).map((g) => ({ ...adoption, region: g.area!.code, sure: false })) : [adoption],
  );
}

/** The people the body names, with the region of their office and where the text names them. */
function proposePeople(article: ArticleReading, event: EventParties): (ProposedPerson & { index: number })[] {
  const { context, text, quote, bodyStart, found, resolved, placeSpans } = article;
  const { host, guests } = event;
  // People, with the region of their office.
  // By the registry's name, or as the article printed it ("Kabupaten Sergai", "Kukar": a short name).
  // A whole name before a shorter one it ends with: "Kota Bandar Lampung" is not Provinsi Lampung.
  const regionOfPlace = (place: string | undefined) => {
    if (!place) return undefined;
    const exact = found.find(({ area }) => place === area.name || place === formatRegionName(area))?.area ?? resolved.find((m) => m.text === place || m.text.replace(/^\S+\s+/u, '') === place)?.area;
    const endings = [...found.map(({ area }) => ({ area, name: area.name })), ...resolved.map((m) => ({ area: m.area, name: ` ${m.text}` }))].filter(({ name }) => place.endsWith(name));
    return exact ?? endings.sort((a, b) => b.name.trim().length - a.name.trim().length)[0]?.area;
  };
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
  // The name may stand before its office ("Meuraxa, Plt Kepala Dinas …", the office's index) or after it.
  const institutionName = (person: { name: string; index: number }) => {
    const officeAt = bodyStart + person.index;
    const before = text.lastIndexOf(person.name, officeAt);
    const at = before >= 0 && officeAt - before < 80 ? before : text.indexOf(person.name, officeAt);
    return at >= 0 && INSTITUTION_BEFORE.test(text.slice(Math.max(0, at - 12), at));
  };
  const regional = findPeople(text.slice(bodyStart), placeSpans);
  const national = findNationalOfficials(text.slice(bodyStart)).filter((official) => !regional.some((person) => personKey(person.name) === personKey(official.name)));
  const people: (ProposedPerson & { index: number })[] = [...regional, ...national].filter((person) => !misspeltRegency(person.name) && !placeAfterLocalOffice(person) && !REGULATION_NUMBER.test(person.name) && !OFFICE_RANK.test(person.name) && !institutionName(person)).map(({ index, ...person }) => ({ ...withPlaceOutOfName(person, regionNamed), index: index + bodyStart })).map((person) => {
    const named = regionOfPlace(person.place);
    // An office printed without its region belongs to the host only when no other government took part: with
    // guests, "kata Bupati Fahmi" may be the guests' Bupati, and writing him into the host's leaders would be wrong.
    const region = named ?? (REGIONAL_OFFICES.test(person.role) && guests.length === 0 ? host?.area : undefined);
    const office = person.office.replace(ACTING_PREFIX, '');
    return {
      name: person.name,
      role: person.role,
      leaderRole: LEADER_OFFICES.has(office) && region ? person.office : undefined,
      region: region?.code,
      quote: quote(person.index),
      index: person.index,
      sure: !person.unsure && inProse(text, person.index) && (Boolean(named) || !REGIONAL_OFFICES.test(person.role)),
    };
  });
  // "Bupati Tulang Bawang Hj. Winarti … urai Bupati Gotong Royong": a second holder of an office the article already
  // gave a name with its region is more likely an epithet than a person.
  for (const person of people.filter((p) => !p.region)) {
    if (people.some((other) => other !== person && other.region && other.role.startsWith(`${person.role} `))) person.sure = false;
  }
  return people;
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
