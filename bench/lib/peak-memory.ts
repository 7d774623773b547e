/**
 * Peak resident memory of this process and its child processes (Redocly runs as a child) while a piece of work
 * runs, sampled from /proc every 25 ms. Linux only; a sample can miss a peak shorter than the interval.
 */
import { readdirSync, readFileSync } from 'node:fs';

function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function treeRssKb(pid: number): number {
  return rssKb(pid) + childrenOf(pid).reduce((sum, child) => sum + treeRssKb(child), 0);
}

export async function measure<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  let peak = treeRssKb(process.pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRssKb(process.pid));
  }, 25);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, treeRssKb(process.pid));
    return { result, ms: performance.now() - started, peakMb: Math.round(peak / 1024) };
  } finally {
    clearInterval(timer);
  }
}
