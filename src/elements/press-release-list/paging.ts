/** A slot of the numbered pager: a page number, or a gap ("…") standing for the pages left out. */
export type PagerSlot = number | 'gap';

/** How many pages `total` entries make at `size` per page (at least 1). */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / Math.max(1, size)));
}

/** A page number from anywhere (the hash, a property) made valid: an integer from 1 to `pages`. */
export function clampPage(page: number, pages: number): number {
  if (!Number.isFinite(page)) return 1;
  return Math.min(Math.max(1, Math.trunc(page)), Math.max(1, pages));
}

/**
 * The page numbers a pager shows: always the first and last, the current one with `around` neighbours
 * on each side, and a gap where pages are left out — `1 … 4 5 6 … 20`. A gap never hides a single
 * page (it shows the number instead), so the pager keeps the same width as you move through it.
 */
export function pagerSlots(current: number, pages: number, around = 1): PagerSlot[] {
  const width = 2 * around + 5; // first, gap, window, gap, last
  if (pages <= width) return Array.from({ length: pages }, (_, i) => i + 1);
  let start = Math.max(2, current - around);
  let end = Math.min(pages - 1, current + around);
  // Near either end, widen the window so the count of slots stays constant.
  if (current - around <= 3) {
    start = 2;
    end = 2 + 2 * around + 1;
  } else if (current + around >= pages - 2) {
    end = pages - 1;
    start = pages - 2 - 2 * around;
  }
  const slots: PagerSlot[] = [1];
  if (start > 2) slots.push('gap');
  for (let p = start; p <= end; p++) slots.push(p);
  if (end < pages - 1) slots.push('gap');
  slots.push(pages);
  return slots;
}
