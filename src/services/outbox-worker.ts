// The outbox worker of one process: sends due messages, sleeping until the next one falls due
// (or the poll interval, for messages other instances scheduled), and sends "now" at once.

import type { OutboxHandle } from "./context.js";
import { claimNext, deliver, type OutboxDeps } from "./outbox.service.js";

const MIN_WAIT_MS = 100;

export class OutboxWorker implements OutboxHandle {
  readonly workerId: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  /** Not started (or stopped): nothing runs by itself. */
  private stopped = true;
  /** Asked to stop: a drain under way ends after the message in hand. */
  private stopping = false;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly deps: OutboxDeps,
    private readonly pollMs = 5_000,
    private readonly onError: (error: unknown) => void = (error) => console.error("outbox:", error),
  ) {
    this.workerId = deps.workerId;
  }

  start(): void {
    this.stopped = false;
    this.stopping = false;
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running;
    await Promise.allSettled([...this.inFlight]);
  }

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .then(() => undefined, this.onError)
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        } else {
          void this.sleep();
        }
      });
  }

  deliverClaimed(messageId: string): void {
    const work = deliver(this.deps, messageId).catch(this.onError);
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }

  /** Sends every message due now; returns how many were tried. */
  async drain(): Promise<number> {
    let tried = 0;
    for (;;) {
      if (this.stopping) return tried;
      const row = await claimNext(this.deps);
      if (!row) return tried;
      tried += 1;
      await deliver(this.deps, row.id, row.owner_id);
    }
  }

  private async sleep(): Promise<void> {
    if (this.stopped) return;
    let wait = this.pollMs;
    try {
      const due = await this.deps.system.nextDueAt();
      // A message that is due but was not ours to claim (another instance holds it) is looked at
      // again shortly, not in a busy loop.
      if (due)
        wait = Math.min(
          wait,
          Math.max(MIN_WAIT_MS, new Date(due).getTime() - this.deps.clock.now().getTime()),
        );
    } catch (error) {
      this.onError(error);
    }
    if (this.stopped || this.running) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.wake(), wait + 5);
    this.timer.unref?.();
  }
}
