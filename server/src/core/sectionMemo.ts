/**
 * A section's memo: the extractors' section-local results under a handful of fixed string
 * keys (analyze.ts sectionLocal), kept for every section of every open document. A Map's
 * hash table for eight entries took about 680 bytes (0.57 MB over the 1 MB agreement's 842
 * sections); an object's own properties take about 120. Keys are the extractors' constants.
 */
export class SectionMemo {
  private readonly slots: Record<string, unknown> = {};

  get(key: string): unknown { return Object.hasOwn(this.slots, key) ? this.slots[key] : undefined; }

  has(key: string): boolean { return Object.hasOwn(this.slots, key); }

  set(key: string, value: unknown): this {
    this.slots[key] = value;
    return this;
  }

  keys(): string[] { return Object.keys(this.slots); }
}
