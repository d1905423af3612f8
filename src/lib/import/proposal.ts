// What the importer proposes for one article, and what it is given: the types every stage and the writer share.
import type { EventKind } from '../../schemas/event';
import type { AdoptionStatus } from '../../schemas/program';
import type { RegionLevel } from '../../schemas/region';
import type { PlaceIndex } from './places';
import type { ProfileValue } from './profile';
import type { KnownProgram } from './programs';

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
