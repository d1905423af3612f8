/** One thing wrong with the content, located by file and field (and line, where known). */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** 1-based line of the field's key, or of the text at fault. */
  line?: number | undefined;
  /** What would fix it: the closest slugs, the allowed values. */
  hint?: string | undefined;
  /** Errors stop the build; warnings point at likely mistakes. Errors when absent. */
  severity?: 'error' | 'warning' | undefined;
}

/** Renders problems one per line as `file › field: message`, sorted so output is stable. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return [...problems]
    .sort((a, b) => a.file.localeCompare(b.file) || a.field.localeCompare(b.field))
    .map((p) => `  ${p.file} › ${p.field}: ${p.message}`)
    .join('\n');
}

/** Thrown when content cannot be built into a complete site; lists every problem at once. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`Konten tidak valid, ${problems.length} masalah (invalid content):\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
