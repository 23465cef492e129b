// Shared by the studio's browser tests: the example documents (always in the repository) and the
// build worker run from its TypeScript source as a module worker (wtr compiles it on the fly).
import type { InputDocument } from '../../../src/builder/build.js';
import type { WorkerLike } from '../../../src/studio/build-client.js';
import type { PickedFile } from '../../../src/studio/intake.js';

export const EXAMPLE_FILES = [
  '2014-01-14-week-of-action.md',
  '2014-02-12-rally-and-open-letter.md',
  '2014-03-opinion-living-wage.md',
  'union-press-releases.txt',
];

export async function exampleBytes(name: string): Promise<Uint8Array> {
  const res = await fetch(`/examples/documents/${name}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`cannot load ${name}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
}

export async function exampleDocs(): Promise<InputDocument[]> {
  return Promise.all(EXAMPLE_FILES.map(async (file) => ({ file, bytes: await exampleBytes(file) })));
}

/** Files as a drop or a file input would give them. */
export function picked(files: Record<string, string | Uint8Array>): PickedFile[] {
  return Object.entries(files).map(([path, content]) => {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return { path, size: bytes.length, read: async () => bytes };
  });
}

export const moduleWorker = (): WorkerLike =>
  new Worker(new URL('/src/studio/worker.ts', location.href), { type: 'module' }) as unknown as WorkerLike;

/** A fresh IndexedDB name per test, so tests never see each other's projects. */
export const storeName = (): string => `studio-test-${Math.random().toString(36).slice(2)}`;

export async function until(check: () => boolean, timeout = 8000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
