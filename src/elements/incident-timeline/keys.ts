/** What a key press on an event means. */
export type KeyAction =
  | { type: 'move'; to: number }
  | { type: 'select' }
  | { type: 'zoom'; factor: number }
  | { type: 'none' };

/**
 * The keyboard of both layouts, as a pure function. Vertical list: ArrowUp/ArrowDown between
 * events, Home/End, Enter/Space selects. Horizontal axis: the arrow pointing forward in time
 * (ArrowRight, or ArrowLeft right to left) and ArrowDown go to the next event, the others to the
 * previous one, Home/End, + (or =) and - zoom. A move past either end does nothing but is still
 * consumed, so the page does not scroll instead.
 */
export function keyAction(
  key: string,
  layout: 'vertical' | 'horizontal',
  i: number,
  last: number,
  rtl = false,
  zoomStep = 1.5,
): KeyAction {
  let to: number | undefined;
  if (key === 'Home') to = 0;
  else if (key === 'End') to = last;
  else if (layout === 'vertical') {
    if (key === 'ArrowDown') to = i + 1;
    else if (key === 'ArrowUp') to = i - 1;
    else if (key === 'Enter' || key === ' ') return { type: 'select' };
  } else {
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (key === forward || key === 'ArrowDown') to = i + 1;
    else if (key === back || key === 'ArrowUp') to = i - 1;
    else if (key === '+' || key === '=') return { type: 'zoom', factor: zoomStep };
    else if (key === '-' || key === '_') return { type: 'zoom', factor: 1 / zoomStep };
  }
  if (to === undefined) return { type: 'none' };
  return { type: 'move', to: Math.max(0, Math.min(last, to)) };
}
