/**
 * What the client does when the server process dies: start a new one and say so once
 * per session; after repeated crashes in a short time (a document that kills it on every
 * start), stop and say how to try again, rather than loop. No `vscode` import: unit-tested.
 */
export type CloseDecision = { restart: boolean; tell?: 'restarted' | 'gave-up' };

export class RestartPolicy {
  private crashes: number[] = [];
  /** How many times the user was told (the end-to-end test checks it stays at one). */
  notices = 0;

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60_000,
  ) {}

  onClosed(): CloseDecision {
    const t = this.now();
    this.crashes = this.crashes.filter((c) => t - c < this.windowMs);
    this.crashes.push(t);
    if (this.crashes.length > this.maxRestarts) {
      this.crashes = [];
      this.notices++;
      return { restart: false, tell: 'gave-up' };
    }
    if (this.notices > 0) return { restart: true };
    this.notices++;
    return { restart: true, tell: 'restarted' };
  }
}
