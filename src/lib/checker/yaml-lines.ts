import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Parsed YAML with the line of every key, by field path (`adoptions.0.date`). */
export interface ParsedYaml {
  data: unknown;
  lines: Map<string, number>;
  /** First syntax error, with its 1-based line (relative to the YAML text). */
  error?: { message: string; line: number } | undefined;
}

/** Parses YAML with dates kept as text (core schema), recording where each key is. */
export function parseYamlWithLines(text: string): ParsedYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { schema: 'core', lineCounter: counter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) return { data: undefined, lines: new Map(), error: { message: first.message.split('\n')[0]!, line: counter.linePos(first.pos[0]).line } };
  const lines = new Map<string, number>();
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
    }
  };
  walk(doc.contents as Node, '');
  return { data: doc.toJS(), lines };
}

/** The line of a field, or of its nearest ancestor that has one. */
export function lineOfField(lines: ReadonlyMap<string, number>, field: string): number | undefined {
  for (let path = field; path; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    const line = lines.get(path);
    if (line !== undefined) return line;
  }
  return undefined;
}
