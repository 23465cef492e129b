/**
 * Files from a drop or a file input, with their paths: a dropped folder is walked through the
 * File and Directory Entries API (`webkitGetAsEntry`), picked folders carry `webkitRelativePath`.
 */
import type { PickedFile } from './intake.js';

const picked = (file: File, path: string): PickedFile => ({
  path,
  size: file.size,
  read: async () => new Uint8Array(await file.arrayBuffer()),
});

/** A file input's files (with `webkitdirectory`, paths start with the folder's name). */
export function fromFileList(files: FileList | readonly File[]): PickedFile[] {
  return [...files].map((f) => picked(f, f.webkitRelativePath || f.name));
}

interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
  file?(ok: (f: File) => void, fail: (e: unknown) => void): void;
  createReader?(): { readEntries(ok: (entries: Entry[]) => void, fail: (e: unknown) => void): void };
}

async function walk(entry: Entry, out: PickedFile[]): Promise<void> {
  if (entry.isFile && entry.file) {
    const file = await new Promise<File>((ok, fail) => entry.file!(ok, fail));
    out.push(picked(file, entry.fullPath.replace(/^\/+/, '')));
  } else if (entry.isDirectory && entry.createReader) {
    const reader = entry.createReader();
    // readEntries returns at most 100 entries per call: read until it returns none.
    for (;;) {
      const batch = await new Promise<Entry[]>((ok, fail) => reader.readEntries(ok, fail));
      if (batch.length === 0) break;
      for (const e of batch) await walk(e, out);
    }
  }
}

/** Everything dropped: files, and folders with everything inside them. */
export async function fromDataTransfer(dt: DataTransfer): Promise<PickedFile[]> {
  const entries = [...dt.items]
    .filter((i) => i.kind === 'file')
    .map((i) => (i as DataTransferItem & { webkitGetAsEntry?(): Entry | null }).webkitGetAsEntry?.() ?? null);
  if (entries.length && entries.every((e) => e !== null)) {
    const out: PickedFile[] = [];
    for (const e of entries) await walk(e!, out);
    return out;
  }
  return fromFileList(dt.files);
}
