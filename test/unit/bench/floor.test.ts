import { describe, expect, test } from 'vitest';
import { repeatUntilTwoAgree, spread } from '../../../scripts/bench/floor';

/** A run that returns the next of the given times. */
const runsOf = (times: number[]) => {
  let next = 0;
  return async () => {
    const time = times[next++];
    if (time === undefined) throw new Error('ran more often than expected');
    return time;
  };
};
const identity = (time: number) => time;

describe('spread', () => {
  test('is the difference relative to the smaller time, whichever comes first', () => {
    expect(spread(100, 110)).toBeCloseTo(0.1);
    expect(spread(110, 100)).toBeCloseTo(0.1);
    expect(spread(50, 150)).toBe(2);
  });
});

describe('repeatUntilTwoAgree', () => {
  test('stops after two runs when they agree within the tolerance', async () => {
    const result = await repeatUntilTwoAgree(runsOf([100, 108]), identity);
    expect(result).toEqual({ runs: [100, 108], pair: [100, 108], agreed: true });
  });

  test('runs again while no two runs agree, and pairs the agreeing run with the earlier one it matches', async () => {
    const result = await repeatUntilTwoAgree(runsOf([300, 100, 190, 105]), identity);
    expect(result.runs).toEqual([300, 100, 190, 105]);
    expect(result.pair).toEqual([100, 105]);
    expect(result.agreed).toBe(true);
  });

  test('gives up after maxRuns with the closest pair, marked as not agreeing', async () => {
    const result = await repeatUntilTwoAgree(runsOf([100, 200, 400]), identity, { maxRuns: 3 });
    expect(result.runs).toHaveLength(3);
    expect(result.pair).toEqual([100, 200]);
    expect(result.agreed).toBe(false);
  });

  test('honours a stricter tolerance', async () => {
    const result = await repeatUntilTwoAgree(runsOf([100, 108, 109]), identity, { tolerance: 0.05 });
    expect(result.pair).toEqual([108, 109]);
    expect(result.runs).toHaveLength(3);
  });
});
