/**
 * Loads what the first `size` items of an order need, where the order itself changes with what is
 * loaded (ranking moves a result once its data shows it is a source, or that the query names it; an
 * item not yet loaded keeps its place). Every load the window needs starts at once and, as each one
 * finishes, so do the loads the new order's window needs, until the window holds loaded items only.
 * Loading in batches (the window, then the newcomers) would cost a round of requests for every batch
 * of sources at the top; this loads the same items without waiting for a batch to finish.
 */
export function fillRankingWindow<T>(order: () => readonly T[], size: number, load: (item: T) => Promise<unknown>): Promise<void> {
  const started = new Set<T>();
  return new Promise((resolve, reject) => {
    let pending = 0;
    const step = () => {
      for (const item of order().slice(0, size)) {
        if (started.has(item)) continue;
        started.add(item);
        pending++;
        load(item).then(() => {
          pending--;
          step();
        }, reject);
      }
      if (pending === 0) resolve();
    };
    step();
  });
}
