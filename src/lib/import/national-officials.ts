// Officials of the national government at a regional event: "Menteri Perhubungan RI, Budi Karya Sumadi", "Deputi
// bidang Pelayanan Publik Kementerian PANRB Diah Natalisa", "Kepala ANRI Mustari Irawan". Their office ends in the
// national body it belongs to, which is what tells where the name begins; regional offices are `findPeople`'s.
import { type FoundPerson, leadingName } from './people';

/** Offices of a ministry or a national agency, longest first. */
const OFFICES = ['Asisten Deputi', 'Direktur Jenderal', 'Sekretaris Jenderal', 'Inspektur Jenderal', 'Sekretaris Utama', 'Wakil Menteri', 'Kepala Pusat', 'Kepala Badan', 'Jaksa Agung', 'Menteri', 'Dirjen', 'Sekjen', 'Deputi', 'Direktur', 'Kepala'];
/** The acting prefix an office may carry: "Plt. Asisten Deputi …". */
const ACTING = String.raw`(?:(?:Plt\.?|Plh\.?|Pelaksana Tugas)[ \t]+)?`;
/** The words of a unit between the office and its body: capitalised words, "bidang", "dan", commas. */
const UNIT_WORD = String.raw`(?:[ \t]+(?:\p{Lu}[\p{L}-]*|[Bb]idang|dan|&)|,)`;
/**
 * How a national body's name ends: "RI", "Republik Indonesia", a ministry's or agency's short form in brackets after its
 * full name ("… Reformasi Birokrasi (PANRB)", "Lembaga Administrasi Negara (LAN) RI"), a ministry's short name
 * ("Kemendagri", "KemenPANRB"), or an agency known by its short name alone.
 */
const BODY_END = String.raw`(?:[ \t]+(?:RI|Republik[ \t]+Indonesia)|[ \t]*\((?:Kemen\p{L}+|\p{Lu}{2,8}(?:-?\p{Lu}{2,4})?)\)(?:[ \t]+RI)?|[ \t]+(?:Kemen(?:dagri|PANRB|PAN-RB|panRB|panrb|pan|keu|kes|sos|hub|desa|dikbud|kominfo|komdigi)|ANRI|LAN|Bappenas))(?![\p{L}])`;
/** A ministry or national agency named inside the unit, which a bracketed short form must follow. */
const NATIONAL_BODY = /\b(?:Kementerian|Kemen\p{L}+|Lembaga|Badan|Arsip Nasional|Kejaksaan Agung)\b|^[ \t]*$/u;
/** What may stand between the office and the name: the office's short form in brackets, a comma, a form of address. */
const BEFORE_NAME = /^(?:[ \t]*\([^()\n]{2,40}\))?[ \t]*,?[ \t]*(?:(?:Bapak|Ibu|Pak|Bu)[ \t]+)?/u;

const OFFICE = new RegExp(String.raw`(?<![\p{L}])(${ACTING}(?:${OFFICES.join('|')}))(${UNIT_WORD}{0,16}?)(${BODY_END})`, 'gu');

/** National officials the text names after their office, each with the office as printed. */
export function findNationalOfficials(text: string): FoundPerson[] {
  const found: FoundPerson[] = [];
  for (const match of text.matchAll(OFFICE)) {
    const [, office, unit, end] = match as unknown as [string, string, string, string];
    // A short form in brackets ends a national body only after the body's full name ("Kementerian … (PANRB)").
    if (end.trimStart().startsWith('(') && !NATIONAL_BODY.test(unit)) continue;
    const after = text.slice(match.index + match[0].length);
    const gap = BEFORE_NAME.exec(after)![0];
    const name = leadingName(after.slice(gap.length));
    if (!name) continue;
    // Clear when the name closes at a comma, a stop or a lower-case word ("Diah Natalisa yang …") and has two words.
    const closes = /^(?:[ \t]*[,.;]|[ \t]+\p{Ll}|\s*$)/u.test(after.slice(gap.length + name.length));
    const role = `${office}${unit}${end}`.replace(/\s+/g, ' ').trim();
    found.push({ name, role, office: office.trim(), ...(closes && name.includes(' ') ? {} : { unsure: true }), index: match.index });
  }
  return found;
}
