import { formatReport } from './report';

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

/** Thrown when content cannot be built into a complete site; its message is the checker's report of every error. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(`Konten tidak valid (invalid content); perbaiki lalu bangun ulang:\n\n${formatReport(problems, { errorsOnly: true })}`);
    this.name = 'ContentError';
    this.problems = problems;
    // Astro prints the stack of a failed build; the report is the whole story here.
    this.stack = this.message;
  }
}
