import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** The W3C Nu HTML checker's jar, from the vnu-jar package; it runs on Debian's Java (.ci/run installs it). */
const VNU_JAR: string = createRequire(import.meta.url)('vnu-jar');

/** One error as the Nu checker reports it. */
export interface NuMessage {
  url: string;
  lastLine: number;
  message: string;
}

/**
 * Whether Java is here to run the Nu checker. Without it the check is skipped locally with a reason,
 * but in CI (CI=true) a missing Java is an error, so the gate can never silently vanish.
 */
export function javaAvailable(): boolean {
  if (spawnSync('java', ['-version']).status === 0) return true;
  if (process.env.CI === 'true') throw new Error('Java not found; CI must install it (apt-get install -y default-jre-headless).');
  console.warn('W3C Nu checker skipped: no Java. Install it with "apt-get install -y default-jre-headless".');
  return false;
}

/**
 * A short run of the checker spends most of its CPU compiling itself: the quick compiler alone (with the
 * larger stack its schema evaluation then needs) and one garbage-collector thread measured 4 core-seconds
 * instead of 7 over the site.
 */
const JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-Xss16m', '-XX:+UseSerialGC'];

/** Runs the Nu checker over files or folders (every .html inside) and returns its errors. */
export function nuErrors(paths: string[]): NuMessage[] {
  const run = spawnSync('java', [...JVM_OPTIONS, '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...paths], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  // The checker writes its JSON report to standard error, and exits 1 when it found errors.
  return (JSON.parse(run.stderr) as { messages: (NuMessage & { type: string })[] }).messages.filter((m) => m.type === 'error');
}
