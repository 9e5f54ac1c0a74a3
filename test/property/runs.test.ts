import { describe, expect, it } from 'vitest';
import { RUNS } from './runs.js';

describe('property test budget', () => {
  it('generates at least 10,000 cases per run across the properties', () => {
    expect(Object.values(RUNS).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(10_000);
  });
});
