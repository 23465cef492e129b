import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { EMPTY_FEED, partitionFeed, type NormalizedFeed } from '../feed/normalize.js';

export type FeedState = 'loading' | 'error' | 'ready';

/** What the controller reads from its element on every update. */
export interface FeedInput {
  /** `src` attribute, resolved against the page. */
  src?: string;
  /** `.feed` property: an already parsed object. Wins over everything else. */
  feed?: unknown;
  /** Text of an inline `<script type="application/json">` child. */
  inline?: string;
}

/**
 * Loads the element's feed from whichever input it has (property, inline JSON, `src`), keeps the good
 * records, and exposes the result. Built on `@lit/task`: a new input aborts the old request and a
 * stale result never overwrites a newer one.
 */
export class FeedController implements ReactiveController {
  private task: Task<[string | undefined, unknown, string | undefined, number], NormalizedFeed>;
  private retries = 0;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private input: () => FeedInput,
  ) {
    host.addController(this);
    this.task = new Task(this.host, {
      task: async ([src, feed, inline], { signal }) => {
        if (feed !== undefined && feed !== null) return partitionFeed(feed);
        if (inline !== undefined) return partitionFeed(JSON.parse(inline));
        if (!src) return { feed: EMPTY_FEED, problems: [], format: 'none' };
        const res = await fetch(src, { signal, cache: 'no-cache', credentials: 'same-origin' });
        if (!res.ok) throw new Error(`HTTP ${res.status} for ${src}`);
        return partitionFeed(await res.json());
      },
      args: () => {
        const i = this.input();
        return [i.src, i.feed, i.inline, this.retries];
      },
    });
  }

  hostConnected(): void {}

  get state(): FeedState {
    switch (this.task.status) {
      case TaskStatus.COMPLETE:
        return 'ready';
      case TaskStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  get value(): NormalizedFeed | undefined {
    return this.task.value;
  }

  get error(): unknown {
    return this.task.error;
  }

  /** Loads again (the retry button of the error state). */
  retry(): void {
    this.retries++;
    this.host.requestUpdate();
  }
}
