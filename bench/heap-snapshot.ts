// What the JS heap grows by: a V8 heap snapshot (CDP HeapProfiler) at the first and at the last
// memory checkpoint, summed by constructor (objects and closures by name, everything else by its
// node type, e.g. `(code)`, `(string)`; Blink's native objects left out), and the difference.
import type { Page } from '@playwright/test';
import { z } from 'zod';

/** The parts of V8's `.heapsnapshot` JSON that the sums need. */
const snapshotSchema = z.object({
  snapshot: z.object({
    meta: z.object({
      node_fields: z.array(z.string()),
      node_types: z.array(z.unknown()),
    }),
  }),
  nodes: z.array(z.number()),
  strings: z.array(z.string()),
});

export interface HeapGrowthEntry {
  /** Constructor name, or `(type)` for nodes without one. */
  name: string;
  /** Change of the summed self sizes, bytes (positive: grew). */
  bytes: number;
  /** Change of the number of such nodes. */
  count: number;
}

/** Self size and count per constructor of one snapshot. */
export type HeapSums = Map<string, { bytes: number; count: number }>;

/** Takes a heap snapshot (V8 collects garbage first) and sums it by constructor. */
export async function heapSums(page: Page): Promise<HeapSums> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.send('HeapProfiler.disable');
  } finally {
    await cdp.detach();
  }
  const parsed = snapshotSchema.parse(JSON.parse(chunks.join('')));
  const fields = parsed.snapshot.meta.node_fields;
  const typeNames = z.array(z.string()).parse(parsed.snapshot.meta.node_types[0]);
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  if (typeAt === undefined || nameAt === undefined || sizeAt === undefined || sizeAt < 0) {
    throw new Error('heap snapshot without type, name or self_size');
  }
  const sums: HeapSums = new Map();
  const { nodes, strings } = parsed;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = typeNames[nodes[i + typeAt] ?? -1] ?? 'unknown';
    // Blink's own C++ objects are in the snapshot but not in the JS heap that the figure reads.
    if (type === 'native') continue;
    const named = type === 'object' || type === 'closure';
    // `system / Context / scope @123`: the number is a node id, the same kind of thing otherwise.
    const name = named
      ? (strings[nodes[i + nameAt] ?? -1] ?? '?').replace(/ @\d+$/, '')
      : `(${type})`;
    const entry = sums.get(name) ?? { bytes: 0, count: 0 };
    entry.bytes += nodes[i + sizeAt] ?? 0;
    entry.count += 1;
    sums.set(name, entry);
  }
  return sums;
}

/** The constructors that grew most between two snapshots, largest growth first. */
export function heapGrowth(before: HeapSums, after: HeapSums, top: number): HeapGrowthEntry[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .map((name) => ({
      name,
      bytes: (after.get(name)?.bytes ?? 0) - (before.get(name)?.bytes ?? 0),
      count: (after.get(name)?.count ?? 0) - (before.get(name)?.count ?? 0),
    }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}
