import { describe, expect, test } from 'vitest';
import { sourcesLast } from '../../../src/lib/search/forgiving';
import { fillRankingWindow } from '../../../src/lib/search/ranking-window';

interface Item {
  id: string;
  source: boolean;
  loaded: boolean;
}

/** Items a…, the listed ones sources; each load waits until the test finishes it. */
function fixture(count: number, sources: readonly string[]) {
  const items: Item[] = Array.from({ length: count }, (_, i) => ({ id: String.fromCharCode(97 + i), source: false, loaded: false }));
  for (const item of items) item.source = sources.includes(item.id);
  const waiting = new Map<string, () => void>();
  const started: string[] = [];
  const load = (item: Item) =>
    new Promise<void>((done) => {
      started.push(item.id);
      waiting.set(item.id, () => {
        item.loaded = true;
        done();
      });
    });
  /** Ranking as the search ranks: a source is known, and goes last, once loaded. */
  const order = () => sourcesLast(items, (item) => item.loaded && item.source);
  const finish = async (id: string) => {
    waiting.get(id)!();
    waiting.delete(id);
    await new Promise((tick) => setTimeout(tick, 0));
  };
  return { items, load, order, started, waiting, finish };
}

describe('fillRankingWindow', () => {
  test('loads only the window when none of it moves', async () => {
    const { load, order, started, finish } = fixture(6, []);
    const filled = fillRankingWindow(order, 3, load);
    expect(started).toEqual(['a', 'b', 'c']);
    for (const id of ['a', 'b', 'c']) await finish(id);
    await filled;
    expect(started).toEqual(['a', 'b', 'c']);
  });

  test('starts the next item as soon as a loaded one turns out to be a source, before the others finish', async () => {
    const { load, order, started, finish, waiting } = fixture(6, ['a']);
    const filled = fillRankingWindow(order, 3, load);
    await finish('a');
    expect(started.slice(0, 4)).toEqual(['a', 'b', 'c', 'd']);
    expect([...waiting.keys()]).toContain('b');
    while (waiting.size > 0) await finish([...waiting.keys()][0]!);
    await filled;
    expect(order().slice(0, 3).map((item) => item.id)).toEqual(['b', 'c', 'd']);
  });

  test('when most loaded items moved out, starts more than the newcomers, in proportion, at most a window more', async () => {
    const { load, order, started, finish } = fixture(20, ['a', 'b', 'c', 'e']);
    const filled = fillRankingWindow(order, 4, load);
    for (const id of ['a', 'b', 'c']) await finish(id);
    // Newcomers e, f, g, and ahead of them h, i, j: once three of three loaded items had moved out
    // (estimated 3 of 4), the newcomer g came with three more.
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    for (const id of started.slice(3)) await finish(id);
    await filled;
    expect(order().slice(0, 4).map((item) => item.id)).toEqual(['d', 'f', 'g', 'h']);
    expect(started).toHaveLength(10);
  });

  test('adds nothing ahead while nothing has moved out', async () => {
    const { load, order, started, finish } = fixture(10, ['c']);
    const filled = fillRankingWindow(order, 3, load);
    await finish('a');
    await finish('b');
    expect(started).toEqual(['a', 'b', 'c']);
    await finish('c');
    // One of three moved out (estimated 1 of 4): the newcomer d and one more.
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e']);
    await finish('d');
    await finish('e');
    await filled;
  });

  test('keeps loading until the window holds loaded items only, and stops at the end of the list', async () => {
    const { load, order, started, finish, waiting } = fixture(4, ['a', 'b', 'c']);
    let done = false;
    const filled = fillRankingWindow(order, 2, load).then(() => (done = true));
    while (waiting.size > 0) {
      expect(done).toBe(false);
      await finish([...waiting.keys()][0]!);
    }
    await filled;
    expect(started).toEqual(['a', 'b', 'c', 'd']);
    expect(order().map((item) => item.id)).toEqual(['d', 'a', 'b', 'c']);
  });

  test('loads a list at most half a window longer than the window whole, in one round', async () => {
    const { load, order, started, finish, waiting } = fixture(6, ['a']);
    const filled = fillRankingWindow(order, 4, load);
    expect(started).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    while (waiting.size > 0) await finish([...waiting.keys()][0]!);
    await filled;
    expect(order().slice(0, 4).map((item) => item.id)).toEqual(['b', 'c', 'd', 'e']);
  });

  test('loads only the window of a list longer than that', async () => {
    const { load, order, started } = fixture(7, []);
    void fillRankingWindow(order, 4, load);
    expect(started).toEqual(['a', 'b', 'c', 'd']);
  });

  test('fails when a load fails', async () => {
    await expect(fillRankingWindow(() => ['a', 'b'], 2, async (item) => (item === 'b' ? Promise.reject(new Error('offline')) : undefined))).rejects.toThrow('offline');
  });
});
