/** Small timing helpers shared by the benches. */
import { performance } from "node:perf_hooks";

export const failures: string[] = [];

/** Record a budget check; prints a line either way. */
export function budget(label: string, actual: number, limit: number, unit: string): void {
  const ok = actual <= limit;
  console.log(`  ${ok ? "ok  " : "MISS"} ${label}: ${fmt(actual)} ${unit} (budget ≤ ${fmt(limit)} ${unit})`);
  if (!ok) failures.push(`${label}: ${fmt(actual)} ${unit} > ${fmt(limit)} ${unit}`);
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(3);
}

/**
 * Median time of one call of `fn`, in microseconds: `rounds` rounds of `iterations`
 * calls each, after a warm-up round. The median keeps a noisy machine honest.
 */
export function perCallMicros(fn: () => unknown, iterations = 20000, rounds = 7): number {
  let sink: unknown;
  for (let i = 0; i < iterations; i++) sink = fn();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) sink = fn();
    samples.push(((performance.now() - t0) * 1000) / iterations);
  }
  if (sink === Symbol.for("never")) console.log(sink);
  return median(samples);
}

/** Median wall time of `fn` in milliseconds over `rounds` runs (after one warm-up). */
export async function medianMillis(fn: () => unknown, rounds = 5): Promise<number> {
  return (await millis(fn, rounds)).median;
}

/** The least, middle and greatest of some timings. */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spreadOf(samples: readonly number[]): Spread {
  return { min: Math.min(...samples), median: median([...samples]), max: Math.max(...samples) };
}

/**
 * Wall time of `fn` in milliseconds over `rounds` runs (after one warm-up): min, median, max;
 * and the median CPU time this process spent in a run (on a loaded machine the wall time waits
 * for other processes, the CPU time much less).
 */
export async function millis(fn: () => unknown, rounds = 5): Promise<Spread & { cpu: number }> {
  await fn();
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ...spreadOf(samples), cpu: median(cpu) };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
