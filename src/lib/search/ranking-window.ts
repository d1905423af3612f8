/** How many windows long an order may be and still load whole at once. */
const SHORT_LIST = 1.5;

/**
 * Loads what the first `size` items of an order need, where the order itself changes with what is
 * loaded (ranking moves a result once its data shows it is a source, or that the query names it; an
 * item not yet loaded keeps its place). Every load the window needs starts at once and, as loads finish,
 * so do the loads the new order's window needs, until the window holds loaded items only.
 *
 * Each further round of loads costs a round trip, and the items that enter the window may move out in
 * turn (ten sources at the top are often followed by more). So when items must be added, as many more
 * after them start too as the share of loaded items that moved out so far predicts will move out again
 * (estimated as if one more loaded item had stayed, so that one early source does not load everything),
 * at most a window's worth at a time.
 *
 * An order at most half a window longer than the window loads whole in the first round: the extra data is
 * at most half a window's, and a second round would cost a round trip. Short lists are where sources weigh
 * most (a name found on its own page and on the few reports about it).
 */
export function fillRankingWindow<T>(order: () => readonly T[], size: number, load: (item: T) => Promise<unknown>): Promise<void> {
  const started = new Set<T>();
  const loaded = new Set<T>();
  return new Promise((resolve, reject) => {
    let pending = 0;
    const start = (item: T) => {
      started.add(item);
      pending++;
      load(item).then(() => {
        pending--;
        loaded.add(item);
        step();
      }, reject);
    };
    const step = () => {
      const ranked = order();
      const window = ranked.slice(0, size);
      const needed = window.filter((item) => !started.has(item));
      if (needed.length > 0 && loaded.size > 0) {
        const inWindow = new Set(window);
        const movedOut = [...loaded].filter((item) => !inWindow.has(item)).length;
        const share = movedOut / (loaded.size + 1);
        const extra = Math.min(size, Math.ceil((needed.length * share) / (1 - share)));
        needed.push(...ranked.slice(size).filter((item) => !started.has(item)).slice(0, extra));
      }
      needed.forEach(start);
      if (pending === 0) resolve();
    };
    const all = order();
    if (all.length > size && all.length <= size * SHORT_LIST) all.forEach(start);
    else step();
  });
}
