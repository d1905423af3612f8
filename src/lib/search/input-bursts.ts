/**
 * Wraps a handler of input events so that a burst is handled once, when it ends: an input that comes
 * within `gap` ms of the one before it (a paste typed out, autofill, keys faster than anyone types) waits
 * until `gap` ms pass without another. An input on its own is handled at once, so typing is not delayed.
 * Searching each start of the words on the way ("kes" before "kesehatan") would make the words themselves
 * wait behind those searches. `held` is called for each input held back, to prepare what the end will need.
 */
export function handleAfterBursts(handle: () => void, gap: number, held: () => void = () => undefined): () => void {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return () => {
    const now = Date.now();
    const inBurst = now - last < gap;
    last = now;
    clearTimeout(timer);
    if (inBurst) {
      held();
      timer = setTimeout(handle, gap);
    } else handle();
  };
}

/** Letters the last word typed in a burst needs before the words' index chunks preload (`preloadsInBurst`). */
export const PRELOAD_LETTERS = 4;

/**
 * Whether the words typed so far in a burst should preload their index chunks: once the last word has
 * PRELOAD_LETTERS letters. A shorter start ("ban" on the way to "banjir") spans more chunks than the word will need,
 * and reading them holds up Pagefind's worker when the word's own chunk arrives.
 */
export function preloadsInBurst(query: string): boolean {
  return (query.trim().split(/\s+/).at(-1) ?? '').length >= PRELOAD_LETTERS;
}
