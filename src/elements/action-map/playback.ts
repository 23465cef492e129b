import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The week-by-week play-through: a step index and a timer. It never starts by itself when the reader
 * asks for reduced motion, and it stops when the element leaves the page.
 */
export class Playback implements ReactiveController {
  /** Index of the week shown; the last step shows everything. */
  step = 0;
  steps = 1;
  playing = false;
  private timer?: ReturnType<typeof setInterval>;

  constructor(private host: ReactiveControllerHost, private interval = 900) {
    host.addController(this);
  }

  static reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Sets the number of steps; keeps the step in range. */
  setSteps(n: number): void {
    this.steps = Math.max(1, n);
    if (this.step > this.steps - 1) this.step = this.steps - 1;
  }

  play(): void {
    if (this.playing) return;
    if (this.step >= this.steps - 1) this.step = 0;
    this.playing = true;
    this.timer = setInterval(() => {
      if (this.step >= this.steps - 1) this.pause();
      else this.step++;
      this.host.requestUpdate();
    }, this.interval);
    this.host.requestUpdate();
  }

  pause(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    if (this.playing) {
      this.playing = false;
      this.host.requestUpdate();
    }
  }

  seek(step: number): void {
    this.pause();
    this.step = Math.max(0, Math.min(this.steps - 1, Math.round(step)));
    this.host.requestUpdate();
  }

  get atEnd(): boolean {
    return this.step >= this.steps - 1;
  }

  hostDisconnected(): void {
    this.pause();
  }
}
