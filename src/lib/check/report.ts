import type { ContentProblem } from '../read/problems';

const isError = (problem: ContentProblem) => problem.severity !== 'warning';

/**
 * The checker's report: problems grouped by file, then a summary line. With `errorsOnly` (the
 * build's failure message) warnings are only counted, so the errors stand out.
 */
export function formatReport(problems: readonly ContentProblem[], { errorsOnly = false } = {}): string {
  const byFile = new Map<string, ContentProblem[]>();
  const listed = errorsOnly ? problems.filter(isError) : problems;
  for (const problem of [...listed].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0))) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  }
  const lines: string[] = [];
  for (const [file, list] of byFile) {
    lines.push(file);
    for (const problem of list) {
      const where = problem.line ? `${file}:${problem.line}` : file;
      lines.push(`  ${isError(problem) ? 'GALAT (error)' : 'PERINGATAN (warning)'}  ${where}  ${problem.field}`);
      lines.push(`    ${problem.message}`);
      if (problem.hint) lines.push(`    Petunjuk (hint): ${problem.hint}`);
    }
    lines.push('');
  }
  const errors = problems.filter(isError).length;
  lines.push(`${errors} galat, ${problems.length - errors} peringatan (${errors} errors, ${problems.length - errors} warnings)`);
  if (errorsOnly && errors < problems.length) lines.push('Peringatan tidak ditampilkan di sini; lihat semuanya dengan npm run check (warnings: npm run check).');
  return lines.join('\n');
}

/** Exit code for a check: 1 when anything is an error. */
export const exitCodeFor = (problems: readonly ContentProblem[]) => (problems.some(isError) ? 1 : 0);

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
