/**
 * A progress line on standard error, only when it is a terminal: rewritten in place every so many cases,
 * erased at the end. Counts, not clocks, decide when it is redrawn (so it is deterministic).
 */

/** Redraw every this many cases. */
const EVERY = 250;

/** A progress line for a batch. @internal */
export class Progress {
  private shown = false;
  constructor(private readonly stderr: { readonly write: (text: string) => void; readonly isTTY: boolean }) {}

  /** Records that `read` cases were read, `failed` of them failed. */
  tick(read: number, failed: number): void {
    if (!this.stderr.isTTY || read % EVERY !== 0) return;
    this.stderr.write(`\r\u001b[K${read} cases read, ${failed} failed...`);
    this.shown = true;
  }

  /** Erases the line. */
  done(): void {
    if (this.shown) this.stderr.write('\r\u001b[K');
    this.shown = false;
  }
}
