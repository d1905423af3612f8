import { isMap, isScalar, isSeq, LineCounter, parse, parseDocument, Scalar, type Node } from 'yaml';

/** Parsed YAML with the line of every key, by field path (`adoptions.0.date`). */
export interface ParsedYaml {
  data: unknown;
  lines: Map<string, number>;
  /** Unquoted numbers written with thousands separators (`837.062`), by field path, as written. */
  groupedNumbers: Map<string, string>;
  /** First syntax error, with its 1-based line (relative to the YAML text). */
  error?: { message: string; line: number; code: string } | undefined;
}

/** Options shared by every parse: the core schema keeps dates as text, so `2023-02-30` is not rolled over to March. */
const OPTIONS = { schema: 'core' } as const;

/** A number grouped the Indonesian or English way: 837.062, 1.234.567, 837,062. */
const GROUPED_NUMBER = /^-?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;

/** Parses YAML the one way Tiru does everywhere (build, checker, importer): dates stay text. */
export function parseYaml(text: string): unknown {
  return parse(text, OPTIONS);
}

/** Parses YAML with dates kept as text, recording where each key is and which numbers carry separators. */
export function parseYamlWithLines(text: string): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter: counter, prettyErrors: false });
  const lines = new Map<string, number>();
  const groupedNumbers = new Map<string, string>();
  const first = doc.errors[0];
  if (first) {
    return { data: undefined, lines, groupedNumbers, error: { message: first.message.split('\n')[0]!, line: counter.linePos(first.pos[0]).line, code: first.code } };
  }
  const walk = (node: Node | null | undefined, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const at = path ? `${path}.${key}` : key;
        if (isScalar(pair.key) && pair.key.range) lines.set(at, counter.linePos(pair.key.range[0]).line);
        walk(pair.value as Node, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const at = `${path}.${index}`;
        if ((item as Node)?.range) lines.set(at, counter.linePos((item as Node).range![0]).line);
        walk(item as Node, at);
      });
    } else if (isScalar(node) && node.type === Scalar.PLAIN && GROUPED_NUMBER.test(String(node.source ?? ''))) {
      groupedNumbers.set(path, String(node.source));
    }
  };
  walk(doc.contents as Node, '');
  try {
    return { data: doc.toJS(), lines, groupedNumbers };
  } catch (error) {
    // An alias to no anchor (`sumber: *x`) parses but cannot be resolved: report it like a syntax error, at the alias.
    const alias = /\*[^\s,\]}]+/.exec(text);
    const line = alias ? counter.linePos(alias.index).line : 1;
    return { data: undefined, lines, groupedNumbers, error: { message: (error as Error).message, line, code: 'BAD_ALIAS' } };
  }
}

/** The line of a field (`adoptions.0.date` or as messages show it, `adoptions[0].date`), or of its nearest ancestor that has one. */
export function lineOfField(lines: ReadonlyMap<string, number>, field: string): number | undefined {
  for (let path = field.replace(/\[(\d+)\]/g, '.$1'); path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    const line = lines.get(path);
    if (line !== undefined) return line;
  }
  return undefined;
}
