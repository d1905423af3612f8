import { expect } from 'vitest';

/**
 * How long a browser test waits for a state to appear. Generous on purpose: on a loaded 2-core
 * machine the search page needs over a second for what an idle one does in 200 ms, and a wait
 * that expires early fails the suite by chance (Vitest's own poll default is 1 s).
 */
export const STATE_TIMEOUT_MS = 15_000;

/** Polls `read` until the chained assertion holds, for up to STATE_TIMEOUT_MS. Never a fixed sleep. */
export function untilState<T>(read: () => T | Promise<T>, message?: string) {
  return expect.poll(read, { timeout: STATE_TIMEOUT_MS, interval: 50, message });
}
