// The stages that read programs: the programs named, their adoptions and their profile facts.
import type { EventKind } from '../../schemas/event';
import { formatRegionName } from '../format/region-name';
import { slugify } from '../format/slugify';
import { evidenceIn, followUps, HANDED_TO, isStronger, presents, REFERS_BACK, statusAt, STUDIES_PROGRAMS, sawOrAdmired, speaksOfOtherRegions } from './adoptions';
import { partiesBetween, type Party } from './parties';
import { describeProfileFact, findProfileFacts } from './profile';
import { findPrograms, namesProgram, programMentions, SERVICE_NAMES, type FoundProgram } from './programs';
import type { Sentence } from './text';
import type { StatusReading } from './adoption-grammar';
import { type ArticleReading, REGENCY_LEVELS } from './article';
import type { EventParties } from './event-stages';
import type { ProposedAdoption, ProposedProfileFact, ProposedProgram } from './proposal';

/** Words that give a program's owner after its name: "… punya Pemkab Bandung", "…, milik Pemkot Denpasar". */
const OWNER_AFTER = /^[^.;]{0,90}?\b(?:milik|punya|kepunyaan)\s+((?:(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov)\s+)?)/u;

/** Words that point back at the program a report is about: "hal serupa", "konsep yang sama", "inovasi tersebut". */
// Also a bare "ini" or "itu" as the subject of what may be done: "Semoga ini juga bisa diterapkan di Kota X".
const SAME_THING = /\b(?:hal|konsep|model|sistem|program|inovasi|aplikasi|layanan|pola|cara|langkah)\s+(?:serupa|yang sama|tersebut|ini|itu)\b|^["“]?(?:\p{L}+\s+)?(?:ini|itu)\s+(?:(?:juga|pun|nantinya)\s+)?(?:bisa|dapat|akan|harus|perlu)\b/iu;

/** Words of saying, or "bahwa", between a region and a verb: the region is the speaker's, not the verb's subject. */
const SAYS = /\b(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menuturkan|menegaskan|menyebutkan|memaparkan|bahwa|kata|ujar|ungkap|tutur|jelas)\w*\b/iu;

/** A program noun and the government whose programs a list then names: "program-program Pemkot Bengkulu", "inovasi unggulan Kabupaten X". */
// "Inovasi daerah yang sedang dilakukan oleh pemkab X, antara lain …": the government said to run them.
const LIST_OWNER = /\b(?:[Pp]rogram|[Ii]novasi|[Aa]plikasi|[Ll]ayanan)(?:-(?:program|inovasi|aplikasi|layanan))?\s+(?:daerah\s+)?(?:(?:unggulan|andalan|prioritas)\s+)?(?:(?:milik|yang\s+(?:(?:sedang|telah|sudah)\s+)?(?:dilakukan|dijalankan|dimiliki|dikembangkan|diterapkan|dilaksanakan)\s+oleh)\s+)?((?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi|pemerintah|pemkab|pemkot|pemko|pemprov)\s+)(?=\p{Lu})/gu;
/** A sentence that names what the one before spoke of: "Diantaranya …", "Seperti …", "Yakni …". */
const LIST_OPENING = /^["“]?(?:di ?antaranya|antara lain|seperti|yakni|yaitu|salah satunya)\b/iu;

/** An institution that is not a regional government, owning the service named before it: police, army, courts, firms. */
const OTHER_OWNER = /^\s*(?:\([^)]{1,12}\)\s*)?(?:di|milik|punya)\s+(?:Mapolres|Mapolda|Polres|Polresta|Polrestabes|Polda|Polsek|Kodim|Korem|Kodam|Kejari|Kejati|Kejaksaan|Pengadilan|Lapas|Rutan|Bandara|Pelabuhan|PT|Bank|Universitas)\b/u;

/** The programs the article names, each with the region it comes from, and the services every region builds. */
export function proposePrograms(article: ArticleReading, host: Party | undefined): ProposedProgram[] {
  const { context, text, quote, bodyStart, resolved, placeNames, inSentence, sentenceOf } = article;
  // Programs and the adoptions the guests state. A program "dipelajari dari Kota Malang" comes from Malang.
  const learnedFrom = (index: number) => {
    const sentence = sentenceOf(index);
    const from = /\b(?:dipelajari|diadopsi|ditiru|dicontoh|belajar|meniru|mencontoh|replikasi)\s+dari\s+/iu.exec(sentence.text);
    return from ? inSentence(sentence, REGENCY_LEVELS).find((m) => m.index >= sentence.start + from.index)?.area.code : undefined;
  };
  // "inovasi unggulan Pemkab Lamongan seperti A dan B", "… program-program Pemkot Bengkulu. Diantaranya program GPY …":
  // the government named after the program noun that opens a list owns the names in it.
  const listedUnder = (index: number) => {
    const sentence = sentenceOf(index);
    const previous = LIST_OPENING.test(sentence.text) ? article.sentences[article.sentences.indexOf(sentence) - 1] : undefined;
    for (const [part, end] of [[sentence, index], [previous, previous ? previous.start + previous.text.length : 0]] as const) {
      const owner = part && [...part.text.slice(0, end - part.start).matchAll(LIST_OWNER)].at(-1);
      if (!part || !owner) continue;
      const at = part.start + owner.index + owner[0].length;
      return resolved.find((m) => m.index >= at - owner[1]!.length && m.index <= at && REGENCY_LEVELS.includes(m.area.level))?.area.code;
    }
    return undefined;
  };
  // "aplikasi Apik punya Pemkab Bandung", "TOSS (Tempat Olah Sampah Setempat, milik Pemkab Klungkung)": the owner
  // printed right after any mention of the name.
  // The kota or kabupaten named right after a name owns it: "Mal Pelayanan Publik (MPP) Pemerintah Kota Bogor",
  // "MPP di Bojonegoro", "Data Pokok Pendidikan (Dapodik) Kota Bandung", "Tani Jago Dilan dari Kabupaten Lamongan".
  const ownerAfter = (end: number) => {
    // On the same line: a headline's last word is not owned by the dateline's place below it.
    // "Mall pelayanan yang di terapkan di Banyuwangi": where a service is said to run names its owner too.
    const between = /^[ \t]*(?:\([^)]{1,12}\)[ \t]*)?(?:milik[ \t]+|di[ \t]+|dari[ \t]+|yang[ \t]+(?:(?:sudah|telah)[ \t]+)?(?:di[ \t]?)?(?:terapkan|laksanakan|jalankan)[ \t]+di[ \t]+)?(?:(?:Pemerintah|Pemkab|Pemkot|Pemko)[ \t]+)?/u.exec(text.slice(end))![0];
    return resolved.find((m) => m.index === end + between.length && REGENCY_LEVELS.includes(m.area.level))?.area;
  };
  const ownedBy = (program: FoundProgram) => {
    for (const at of programMentions(text, program, context.programs, placeNames)) {
      const owner = OWNER_AFTER.exec(text.slice(at, at + 120));
      // The region's mention may begin at its government word ("Pemkab Bandung") or after it.
      const area = owner && resolved.find((m) => m.index >= at + owner[0].length - owner[1]!.length && m.index <= at + owner[0].length && REGENCY_LEVELS.includes(m.area.level))?.area;
      const printed = [program.title, ...program.aliases].find((name) => text.slice(at, at + name.length).toLocaleLowerCase('id-ID') === name.toLocaleLowerCase('id-ID'));
      // "akan menerapkan program X di Sigi": after a verb of taking up, "di" names where it is to run, not its owner.
      const takenUpAt = APPLY_BEFORE.test(text.slice(Math.max(0, at - 40), at));
      const next = area ?? (printed && !takenUpAt ? ownerAfter(at + printed.length) : undefined);
      if (next) return next.code;
    }
    return undefined;
  };
  // "Revolusi Pertanian Malaka": a kabupaten or kota a new program's name ended with is where it comes from.
  const namedAfter = (program: FoundProgram) => (program.placeInName ? resolved.find((m) => REGENCY_LEVELS.includes(m.area.level) && (m.text === program.placeInName || m.text.endsWith(` ${program.placeInName}`)))?.area.code : undefined);
  const programs: ProposedProgram[] = findPrograms(text, bodyStart, context.programs, placeNames).map((program) => ({
    slug: program.slug,
    title: program.title,
    inContent: program.inContent,
    aliases: program.aliases,
    origin: context.programs.find((p) => p.slug === program.slug)?.originCode ?? ownedBy(program) ?? namedAfter(program) ?? learnedFrom(program.index) ?? listedUnder(program.index) ?? host?.area?.code,
    quote: quote(program.index),
    sure: program.sure,
  }));
  // Services every region builds under one name, which reports often print in lower case ("mal pelayanan publik"):
  // the host's own, titled with its name, when no program names it already. Never sure: the report may mean another's.
  // Each is its owner's program: the kota or kabupaten named right after the name ("Mal Pelayanan Publik (MPP)
  // Pemerintah Kota Bogor", "MPP di Bojonegoro"), else the host. A bare "Mal Pelayanan Publik" names no program.
  for (const [pattern, name] of SERVICE_NAMES) {
    // "Command Center di Polrestabes Semarang" is the police's, not a government program.
    const mentions = [...text.slice(bodyStart).matchAll(new RegExp(pattern.source, `g${pattern.flags}`))].map((m) => ({ at: bodyStart + m.index, end: bodyStart + m.index + m[0].length })).filter(({ end }) => !OTHER_OWNER.test(text.slice(end, end + 40)));
    if (!mentions.length) continue;
    const owner = mentions.map(({ end }) => ownerAfter(end)).find(Boolean) ?? host?.area;
    const bare = programs.findIndex((p) => !p.inContent && p.title.replace(/^Mall\b/u, 'Mal') === name);
    if (!owner || programs.some((p, i) => i !== bare && (pattern.test(p.title) || p.aliases.some((a) => pattern.test(a))))) continue;
    const title = `${name} ${formatRegionName(owner)}`;
    const slug = slugify(title);
    // The catalog's entry for this owner's service, whatever its slug: "mal-pelayanan-publik-banyuwangi".
    const known = context.programs.find((p) => p.slug === slug) ?? context.programs.find((p) => p.originCode === owner.code && pattern.test(p.title));
    const program = { slug: known?.slug ?? slug, title: known?.title ?? title, inContent: Boolean(known), aliases: bare >= 0 ? programs[bare]!.aliases : [], origin: owner.code, quote: quote(mentions[0]!.at), sure: false };
    if (bare >= 0) programs.splice(bare, 1, program);
    else programs.push(program);
  }
  return programs;
}

/** A program taken up in several regions, then the list of them: "direplikasi di 10 daerah lain, seperti …". */
const TAKEN_UP_BY_MANY = /\b(?:direplikasi|diadopsi|diadop|ditiru|diterapkan|dicontoh|diduplikasi)\s+(?:oleh|di)\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|beberapa|sejumlah|berbagai|banyak|puluhan|belasan|ratusan)\s+(?:\([^)]{1,12}\)\s+)?(?:daerah|kabupaten(?:\/kota)?|kota|pemda|pemerintah daerah)(?:\s+lain(?:nya)?)?,?\s+(?:seperti|yakni|yaitu|antara lain|di ?antaranya|termasuk)\s+/iu;

/**
 * The first of `parties` (in order), and when `many`, those after it joined only by a comma, "dan" or "serta": "oleh
 * Kabupaten Alor, Kabupaten Ende dan Kota Kupang" names three, "oleh Kabupaten Alor setelah … Kota Kupang" one.
 */
function listedFrom(parties: readonly Party[], text: string, many: boolean): Party[] {
  const list = parties.slice(0, 1);
  for (const next of many ? parties.slice(1) : []) {
    const last = list[list.length - 1]!;
    if (!/^\s*,?\s*(?:(?:dan|serta)\s+)?$/u.test(text.slice(last.index + last.text.length, next.index))) break;
    list.push(next);
  }
  return list;
}

/** The adoptions the article states, one per region and program, at the strongest status it gives. */
export function proposeAdoptions(article: ArticleReading, event: EventParties, programs: ProposedProgram[], kinds: readonly EventKind[]): ProposedAdoption[] {
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
  // A service program is named by the service alone as well ("… membangun Mal Pelayanan Publik di ibu kota kabupaten").
  const names = (clause: string, program: ProposedProgram) => namesProgram(clause, program, context.programs, placeNames) || SERVICE_NAMES.some(([pattern]) => pattern.test(program.title) && pattern.test(clause));
  const partyKey = (p: Party) => p.area?.code ?? `?${p.unknown}`;
  // "mempelajari program … (Bangga Papua)": a place inside a program's printed name is no party to the sentence.
  const nameSpans = programs.flatMap((program) => [program.title, ...program.aliases].flatMap((name) => spansOf(article.text, name)));
  const inProgramName = (p: Party) => nameSpans.some(([from, to]) => p.index >= from && p.index < to);
  const allGuests = [...guests, ...framed.guests.filter((g) => g.unknown)];
  // Each clause has its own verb: "X sudah kami duplikasi, sedangkan Y akan kita tiru", "telah mereplikasi X dan kini
  // ingin mempelajari Y".
  const clauses = sentences.flatMap((sentence) => {
    const parts = sentence.text.split(/(?=,\s*(?:sedangkan|sementara|tetapi|namun|adapun)\s|;\s|\s(?:dan|serta)\s+(?:kini|sekarang|selanjutnya|berikutnya)\s)/u);
    let offset = 0;
    return parts.map((part) => {
      const clause = { text: part, start: sentence.start + offset, sentence, inferred: false };
      offset += part.length;
      return clause;
    });
  });
  const guestsStudyPrograms = sentences.some((s) => STUDIES_PROGRAMS.test(s.text));
  // "Banyuwangi sudah menerapkan SIMRAL", "Pemkab Muba telah berhasil mengimplementasikan e-Office …, sehingga Musi Rawas
  // ingin meniru …", "… mengadopsi aplikasi X yang sudah diterapkan Kota Tangerang": an applied status whose subject (the
  // last region before its marker) or agent (the first right after it) is the host, about the host's own programs, is
  // the host's own use, no take-up; the rest of the clause may still state the guests' step. (A host that copies
  // another's program, "X mereplikasi inovasi milik Y", takes it up.)
  const hostCode = event.host?.area?.code;
  const notTheHostsOwnUse = (clause: string, start: number, reading: StatusReading | undefined): StatusReading | undefined => {
    if (reading?.status !== 'diterapkan' || !hostCode) return reading;
    const at = start + reading.index;
    // Not a speaker: "Wali Kota Madiun mengatakan inovasi X telah direplikasi di …" says who told it, not who did it.
    const before = partiesBetween(parties, start, at).filter((p) => !SAYS.test(article.text.slice(p.index, at))).at(-1);
    const after = partiesBetween(parties, at, Math.min(start + clause.length, at + 60))[0];
    const own = programs.filter((program) => names(clause, program));
    if ((before?.area?.code !== hostCode && after?.area?.code !== hostCode) || !own.length || own.some((program) => program.origin !== hostCode)) return reading;
    const rest = [statusAt(clause.slice(0, reading.index)), statusAt(clause.slice(reading.index).replace(/^\S+/u, ''))].filter((r) => r !== undefined);
    return rest.sort((a, b) => (isStronger(a.status, b.status) ? -1 : isStronger(b.status, a.status) ? 1 : 0))[0];
  };
  // On a study visit, a host's program the sentence says was visited or admired is one the guests studied.
  const studyVisit = kinds.includes('studi-tiru');
  // A region around the host: its own province.
  const aroundHost = (p: Party) => Boolean(event.host?.area?.code.startsWith(`${p.area!.code}.`));
  // A kecamatan or village within a program's owner does not adopt it ("Revolusi Pertanian Malaka" studied by Malaka
  // Tengah's villages); a kota within a province that owns one does ("program turunan Provinsi Lampung yang bisa diadop
  // oleh Kota Metro").
  const withinOwner = (a: Party, origin: string | undefined) => Boolean(origin && a.area && !REGENCY_LEVELS.includes(a.area.level) && a.area.code.startsWith(`${origin}.`));
  for (const { text: clauseText, start: clauseStart, sentence, inferred } of [...clauses, ...followUps(sentences, article.text)]) {
    // What a host explains to its visitors they study: "Asisten I memaparkan program unggulan seperti …".
    // Only when the guests came for the host's programs, not for a field ("belajar penataan kampung") a program may illustrate.
    // Only with host and guests read from a sure frame: with a doubtful one the visitor may be the host.
    const reading = notTheHostsOwnUse(clauseText, clauseStart, statusAt(clauseText));
    // Nor with a doubtful frame, where the clause says the visitors came to see or learn a host's program ("pihaknya ingin
    // melihat langsung Aplikasi X yang telah diterapkan di Kabupaten Y").
    const shown = !reading && allGuests.length > 0 && ((framed.sure && ((guestsStudyPrograms && presents(clauseText)) || (studyVisit && sawOrAdmired(clauseText)))) || (studyVisit && AIMS_TO_STUDY.test(clauseText)));
    const status = reading?.status ?? (shown ? 'dipelajari' : undefined);
    if (!status) continue;
    const byName = programs.filter((program) => (!shown || program.origin === event.host?.area?.code) && names(clauseText, program));
    // "berharap dapat menerapkan hal serupa", "berencana membukanya": with one program in the article, the thing meant is that program.
    // With several programs in the article, the one the sentence before names alone: "… aplikasi Simonela … . Aplikasi ini
    // akan kami terapkan".
    const before = sentences[sentences.indexOf(sentence) - 1];
    const meant = programs.length === 1 ? programs : before ? programs.filter((program) => namesProgram(before.text, program, context.programs, placeNames)) : [];
    const byReference = !byName.length && status !== 'dipelajari' && meant.length === 1 && (SAME_THING.test(clauseText) || REFERS_BACK.test(clauseText));
    // "semua program Pemkot sangat menarik ditiru …": every program of the host's the article names.
    const everyOne = !byName.length && !byReference && status !== 'dipelajari' && ALL_PROGRAMS.test(clauseText) ? programs.filter((program) => program.origin === event.host?.area?.code) : [];
    const named = byReference ? meant : everyOne.length ? everyOne : byName;
    if (!named.length) continue;
    const end = sentence.start + sentence.text.length;
    const inside = partiesBetween(parties, sentence.start, end).filter((p) => !inProgramName(p) && (!p.area || REGENCY_LEVELS.includes(p.area.level) || allGuests.some((g) => partyKey(g) === partyKey(p))));
    // "… membuat daerah lain ingin mencontohnya": regions in general, with none named as the one that copies.
    if (byReference && speaksOfOtherRegions(clauseText) && !inside.some((p) => p.area && p.area.code !== event.host?.area?.code)) continue;
    // "akan direplikasi oleh Kabupaten X" names the adopter; else the guests the sentence names; else all guests.
    // So does "akan diterapkan di Kabupaten X": the place a program is to be used is its adopter.
    // "yang telah diterapkan di Kabupaten Lamongan" says where a program runs: its owner, when it is Lamongan's, names
    // no adopter. A place is likely the adopter, never surely: the sentence may speak of the owner's own use.
    const byAt = sentence.text.search(/\b(?:direplikasi|diadopsi|diadop|ditiru|diterapkan|dicontoh|diduplikasi|di\s?jadikan\s+(?:contoh|acuan|rujukan|percontohan))\s+oleh\s+(?=(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi)\b)/u);
    const placeAt = byAt >= 0 ? -1 : sentence.text.search(/\b(?:direplikasi|diadopsi|ditiru|diterapkan|dicontoh|diduplikasi|dikembangkan)\s+di\s+(?=(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov|Kabupaten|Kota|Provinsi)\b)/u);
    // "… yang diserahkan ke Bandung": the government a program is handed to.
    const handedAt = sentence.text.search(HANDED_TO);
    // "telah direplikasi di 10 daerah lain, seperti Kota Batu, Kediri dan Kabupaten Sidoarjo": each region listed.
    const listed = TAKEN_UP_BY_MANY.exec(sentence.text);
    // A program the visitors came to see, "yang telah diterapkan di Kabupaten Y" (its owner): where it runs, not who learns.
    const ownerPlace = shown && placeAt >= 0 && inside.filter((p) => p.index >= sentence.start + placeAt).slice(0, 1).every((p) => named.some((program) => program.origin === p.area?.code));
    const adopterAt = listed ? listed.index + listed[0].length : Math.max(byAt, ownerPlace ? -1 : placeAt, handedAt);
    // "direplikasi oleh Kabupaten Alor dan Kabupaten Ende": the agent may be a list too.
    const named2 = adopterAt >= 0 ? listedFrom(inside.filter((p) => p.index >= sentence.start + adopterAt), article.text, listed !== null || byAt >= 0) : inside.filter((p) => allGuests.some((g) => partyKey(g) === partyKey(p)));
    // A region the sentence names that is neither host nor guest is its subject ("Kabupaten Banyuasin yang lebih dulu
    // berkunjung kini menerapkan …"), not the guests. Likely, not sure.
    // Nor the host's own province ("… menjadi ajang kaji tiru utama di Aceh").
    const bystander = named2.length ? [] : inside.filter((p) => p.area && p.area.code !== event.host?.area?.code && !aroundHost(p) && !named.some((program) => program.origin === p.area!.code) && !/^[\p{Lu}\s]+$/u.test(p.text)).slice(0, 1);
    // An article without guests reports one region acting on its own ("Kota Bogor mulai uji coba …"), never one the
    // sentence names as a program's owner ("A dari Kabupaten Lamongan"). When the sentence names only owners, the one
    // acting is the region an earlier sentence says plans it ("Provinsi Gorontalo … akan mereplikasi empat inovasi").
    // Nor one printed as an owner: "… (SIP Banget) dari Kota Batu", "milik Pemprov Riau".
    const printedAsOwner = (p: Party) => /\b(?:dari|milik|punya|asal)\s+(?:(?:Pemerintah|Pemkab|Pemkot|Pemko|Pemprov)\s+)?$/iu.test(article.text.slice(Math.max(0, p.index - 30), p.index));
    const notOwner = (p: Party) => p.area && !/^[\p{Lu}\s]+$/u.test(p.text) && !named.some((program) => program.origin === p.area!.code) && !printedAsOwner(p);
    const alone = inside.filter(notOwner).slice(0, 1);
    const actors = named2.length ? named2 : bystander.length && allGuests.length ? bystander : allGuests.length ? allGuests : alone.length ? alone : plannerBefore(sentence, notOwner);
    const explicit = named2.length > 0 || (allGuests.length === 1 && framed.sure && !bystander.length);
    // A program's owner does not adopt it: when the guests own it ("Kita mereplikasi aplikasi Apik punya Pemkab
    // Bandung", said at the host's office), the host is the one that learns. Likely, not sure.
    const pairs = named.flatMap((program) => {
      const others = actors.filter((a) => a.area?.code !== program.origin && !withinOwner(a, program.origin));
      if (others.length) return others.map((actor) => ({ program, actor, fallback: false }));
      // Not when the sentence itself named the adopter: "akan diterapkan di Kabupaten X" about X's own program is no adoption.
      // Only for copying: the owners' plan to build or develop their own ("rencana pengembangan …") is no one's take-up.
      return adopterAt < 0 && COPIES.test(clauseText) && event.host?.area && event.host.area.code !== program.origin && actors.length > 0 ? [{ program, actor: event.host, fallback: true }] : [];
    });
    for (const { program, actor, fallback } of pairs) {
      const region = actor.area?.code ?? actor.unknown!;
      const known = adoptions.find((a) => a.program === program.slug && a.region === region);
      const evidenceText = evidenceIn(sentence.text) ?? agreements.get(program.slug);
      // A status read from a host's explaining, or from the sentence before, is likely only.
      // Sure only when the marker and verb leave no doubt ("akan mengadopsi", not "berharap … dapat memilikinya").
      const sure = explicit && !fallback && !actor.unknown && actors.length === 1 && !byReference && !shown && !inferred && placeAt < 0 && Boolean(reading?.sure);
      if (!known) adoptions.push({ program: program.slug, region, ...(actor.unknown ? { unknownRegion: true } : {}), status, evidence: evidenceText, quote: sentence.text, sure });
      // A stronger status wins; so does the same one stated surely where it was only likely before.
      else if (isStronger(status, known.status) || (status === known.status && sure && !known.sure)) Object.assign(known, { status, quote: sentence.text, evidence: evidenceText ?? known.evidence, sure });
    }
  }
  return adoptions;
}

/** A verb of taking up or copying right before a program's name ("menerapkan program …", "mereplikasi …"). */
const APPLY_BEFORE = /\b(?:menerapkan|diterapkan|terapkan|mengadopsi|diadopsi|adopsi|mereplikasi|direplikasi|replikasi|meniru|ditiru|tiru|mencontoh|mengimplementasikan|diimplementasikan|implementasikan)\s+(?:(?:program|aplikasi|inovasi|layanan|sistem)\s+)?$/iu;

/** Words of copying or learning another's program, in any form. */
const COPIES = /\b(?:(?:me|di)?replikasi|(?:meng|di)?adopsi|(?:me|di)?niru|tiru|(?:men|di)?contoh|(?:men|di)?duplikasi|belajar|(?:mem|di)?pelajari)\b/iu;

/** All the programs spoken of: "semua program Pemkot …", "seluruh inovasi itu". */
const ALL_PROGRAMS = /\b(?:semua|seluruh)\s+(?:program|inovasi|aplikasi)(?:-(?:program|inovasi|aplikasi))?\b/iu;

/** A visit's aim of seeing or learning: "ingin melihat langsung …", "untuk mempelajari …", "hendak belajar …". */
const AIMS_TO_STUDY = /\b(?:ingin|hendak|mau|untuk|guna)\s+(?:\p{Ll}+\s+)?(?:melihat\s+langsung|mempelajari|belajar)\b/iu;

/** Where `name` is printed in `text`, as [start, end) pairs. */
function spansOf(text: string, name: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) spans.push([at, at + name.length]);
  return spans;
}

/** Profile facts of the article's sentences, each given to a program the article names. */
export function proposeProfile(sentences: readonly Sentence[], programs: readonly ProposedProgram[], names: (sentence: string, program: ProposedProgram) => boolean, date: string | undefined): ProposedProfileFact[] {
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
