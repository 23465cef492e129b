/**
 * What a key does on the map, as pure functions the element applies (and tests check without a DOM).
 * On a marker: arrow keys move through the markers in reading order (swapped left/right on
 * right-to-left pages), Home/End jump to the ends. On the map itself: arrow keys pan by a sixth of the
 * view (at least 40 px), `+`/`=` and `-`/`_` zoom, `0` resets.
 */

/** Index of the marker to focus after `key` on marker `i` of `count`, or undefined when the key is not a move. */
export function markerMove(key: string, i: number, count: number, rtl: boolean): number | undefined {
  const last = count - 1;
  switch (key) {
    case 'ArrowRight':
      return Math.max(0, Math.min(last, i + (rtl ? -1 : 1)));
    case 'ArrowLeft':
      return Math.max(0, Math.min(last, i + (rtl ? 1 : -1)));
    case 'ArrowDown':
      return Math.min(last, i + 1);
    case 'ArrowUp':
      return Math.max(0, i - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}

export type MapKeyAction = { pan: [number, number] } | { zoom: number } | { reset: true } | undefined;

/** The map's own keys. Pan and reset apply only when the map itself (not a marker) has focus. */
export function mapKey(key: string, onMap: boolean, view: { w: number; h: number }): MapKeyAction {
  const step = Math.max(40, Math.min(view.w, view.h) / 6);
  if (onMap) {
    if (key === 'ArrowLeft') return { pan: [step, 0] };
    if (key === 'ArrowRight') return { pan: [-step, 0] };
    if (key === 'ArrowUp') return { pan: [0, step] };
    if (key === 'ArrowDown') return { pan: [0, -step] };
    if (key === '0') return { reset: true };
  }
  if (key === '+' || key === '=') return { zoom: 2 };
  if (key === '-' || key === '_') return { zoom: 0.5 };
  return undefined;
}
