import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { handleAfterBursts, preloadsInBurst } from '../../../src/lib/search/input-bursts';

describe('handleAfterBursts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('handles inputs typed at a person’s pace at once, each of them', () => {
    const handle = vi.fn();
    const onInput = handleAfterBursts(handle, 40);
    for (let key = 0; key < 3; key++) {
      onInput();
      expect(handle).toHaveBeenCalledTimes(key + 1);
      vi.advanceTimersByTime(120);
    }
  });

  test('handles a burst once, when it has ended', () => {
    const handle = vi.fn();
    const onInput = handleAfterBursts(handle, 40);
    onInput();
    expect(handle).toHaveBeenCalledTimes(1);
    for (let key = 0; key < 8; key++) {
      vi.advanceTimersByTime(10);
      onInput();
    }
    vi.advanceTimersByTime(39);
    expect(handle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(handle).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(handle).toHaveBeenCalledTimes(2);
  });

  test('calls `held` for each input held back in a burst, and never for one handled at once', () => {
    const handle = vi.fn();
    const held = vi.fn();
    const onInput = handleAfterBursts(handle, 40, held);
    onInput();
    expect(held).not.toHaveBeenCalled();
    for (let key = 0; key < 3; key++) {
      vi.advanceTimersByTime(10);
      onInput();
    }
    expect(held).toHaveBeenCalledTimes(3);
    vi.advanceTimersByTime(40);
    expect(handle).toHaveBeenCalledTimes(2);
    expect(held).toHaveBeenCalledTimes(3);
  });

  test('an input after a pause is handled at once again', () => {
    const handle = vi.fn();
    const onInput = handleAfterBursts(handle, 40);
    onInput();
    vi.advanceTimersByTime(5);
    onInput();
    vi.advanceTimersByTime(200);
    expect(handle).toHaveBeenCalledTimes(2);
    onInput();
    expect(handle).toHaveBeenCalledTimes(3);
  });
});

describe('preloadsInBurst', () => {
  test('preloads once the last word typed has four letters, not a shorter start that spans more index chunks', () => {
    expect(['ban', 'banj', 'banjir'].map(preloadsInBurst)).toEqual([false, true, true]);
    // Earlier words may be short ("rt" names things); the word being typed decides.
    expect(['rt man', 'rt mand', 'kota b '].map(preloadsInBurst)).toEqual([false, true, false]);
  });
});
