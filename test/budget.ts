/**
 * Time budgets for tests whose work is large by design (property tests, big generated trees),
 * sized for a 2-core machine with other work running: the slowest, fastShape's "one thing
 * broken", took 9 s there against Vitest's 5 s default, and 18 s with eight test runs beside it.
 * Each property test also states its own `numRuns`.
 */
export const HEAVY_TEST = { timeout: 120_000 } as const;
