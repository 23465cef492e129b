/**
 * Runs `fn` at the next animation frame, or after `fallbackMs` when no frame comes (a page in a
 * background tab, where browsers pause requestAnimationFrame). Returns a cancel function.
 */
export function nextFrame(fn: () => void, fallbackMs = 100): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    cancelAnimationFrame(raf);
    clearTimeout(timer);
    fn();
  };
  const raf = requestAnimationFrame(run);
  const timer = setTimeout(run, fallbackMs);
  return () => {
    done = true;
    cancelAnimationFrame(raf);
    clearTimeout(timer);
  };
}
