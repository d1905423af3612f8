import { spawnSync } from 'node:child_process';
import { relative, resolve } from 'node:path';

/**
 * Date of the last commit that touched each file under `dir`, from one `git log` run (not one per
 * file, which would make builds slower as content grows). Keys are paths relative to the working
 * directory, like Astro's entry `filePath`. Empty when `dir` is not in a git repository.
 */
export function lastCommitDates(dir: string, cwd = process.cwd()): Map<string, string> {
  const dates = new Map<string, string>();
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  if (top.status !== 0) return dates;
  const root = top.stdout.trim();
  const log = spawnSync('git', ['log', '--format=%x00%cs', '--name-only', '--', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (log.status !== 0) return dates;
  for (const commit of log.stdout.split('\0').slice(1)) {
    const [date, ...files] = commit.trim().split('\n');
    for (const file of files) {
      const path = relative(cwd, resolve(root, file));
      // Newest commits come first; keep the first date seen.
      if (file && !dates.has(path)) dates.set(path, date!);
    }
  }
  return dates;
}
