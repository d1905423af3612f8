// The first stage of extraction: an article cleaned, split into sentences, with the places it names.
import type { RegionLevel } from '../../schemas/region';
import type { RegistryArea } from '../check/registry';
import { formatRegionName } from '../format/region-name';
import { regionSlug } from '../format/slugify';
import { findPlaceMentions, findUnknownRegions, resolvePlaces, type FoundPlace, type ResolvedMention, type UnknownRegion } from './places';
import { cleanArticle, sentenceAt, splitSentences, type CleanArticle, type Sentence } from './text';
import type { ArticleInput, Evidence, ImportContext, ProposedRegion } from './proposal';

/** Region levels that are governments of their own (a province, a city, a regency). */
export const REGENCY_LEVELS: readonly RegionLevel[] = ['provinsi', 'kota', 'kabupaten'];

/** How deep a level sits under its province. */
export const DEPTH: Record<RegionLevel, number> = { provinsi: 0, kota: 1, kabupaten: 1, kecamatan: 2, kelurahan: 3, desa: 3 };

/** An article read for extraction: its text and sentences, the places it names, and the warnings and evidence every stage adds to. */
export interface ArticleReading {
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

/** A place's mention that opens with its level or government word: "Kabupaten Sleman", "Pemkot Bogor", "Kec. Kuta". */
const LEVEL_WORD_FIRST = /^(?:Kabupaten|Kota|Provinsi|Kecamatan|Kelurahan|Desa|Nagari|Kampung|Gampong|Distrik|Pemkab|Pemkot|Pemko|Pemprov|Pemdes|Pemerintah|Kab|Kec|Kel|Prov)\b/iu;

/** Cleans the article, splits its sentences and finds the places it names: what every later stage reads. */
export function readArticle(input: ArticleInput, context: ImportContext): ArticleReading {
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
  // A name printed whole without a level word is a place as printed too ("DKI Jakarta").
  const printedNames = resolved.flatMap((m) => [m.text.replace(/^\S+\s+/, ''), ...(LEVEL_WORD_FIRST.test(m.text) ? [] : [m.text])]);
  const placeNames = new Set([...found.flatMap(({ area }) => [area.name, formatRegionName(area)]), ...printedNames]);
  // Unresolved names are still places: "Kepala Desa Sri Mulyo Joko Susilo" ends its role at the village.
  const unresolvedNames = ambiguous.flatMap((m) => [m.text, m.candidates[0]!.name]);
  const placeSpans = [...new Set([...resolved.map((m) => m.text), ...placeNames, ...unresolvedNames])].map((t) => ({ text: t }));
  const inSentence = (sentence: Sentence, levels?: readonly RegionLevel[]) =>
    resolved.filter((m) => m.index >= sentence.start && m.index < sentence.start + sentence.text.length && (!levels || levels.includes(m.area.level)));
  const sentenceOf = (index: number) => sentences.findLast((s) => s.start <= index) ?? sentences[0]!;
  return { input, context, clean, text, sentences, quote, bodyStart, leadStart, lead, found, resolved, unknownRegions, regions, placeNames, placeSpans, inSentence, sentenceOf, warnings, evidence: {} };
}
