/** Summary statistics of repeated measurements, and the machine they were taken on. */
import { execSync } from 'node:child_process';
import os from 'node:os';

export interface Summary {
  /** Median. */
  median: number;
  p25: number;
  p75: number;
  p95: number;
  /** Median absolute deviation (unscaled). */
  mad: number;
  min: number;
  max: number;
  /** Number of samples. */
  n: number;
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] ?? NaN;
  const b = sorted[hi] ?? NaN;
  return a + (b - a) * (at - lo);
}

export function summarise(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const median = quantile(sorted, 0.5);
  const deviations = sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
  return {
    median,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    p95: quantile(sorted, 0.95),
    mad: quantile(deviations, 0.5),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
    n: sorted.length,
  };
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the bench started: other work on the machine skews timings. */
  load: number;
  chromium?: string;
  commit?: string;
  /** Uncommitted changes in the working tree when the bench ran. */
  dirty?: boolean;
}

function git(args: string): string | undefined {
  try {
    return execSync(`git ${args}`, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

export function machine(): Machine {
  const cpus = os.cpus();
  const info: Machine = {
    cpu: cpus[0]?.model.replace(/\s+/g, ' ').trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    load: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  };
  const commit = git('rev-parse --short HEAD');
  if (commit !== undefined) {
    info.commit = commit;
    info.dirty = (git('status --porcelain') ?? '') !== '';
  }
  return info;
}

/** Milliseconds with a sensible number of digits. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '-';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** `median (p25-p75)` in milliseconds. */
export function spread(s: Summary): string {
  return `${ms(s.median)} (${ms(s.p25)}–${ms(s.p75)})`;
}
