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

