/**
 * A bounded cache of answers, valid for one version of the corpus: when the store's version changes,
 * everything cached before is dropped. Least recently used entries go first when it is full.
 */
export class AnswerCache<T> {
  private readonly entries = new Map<string, T>();
  private version: string | null = null;

  constructor(private readonly capacity: number) {}

  /** The cached answer for the key under this version, moved to the most recently used end. */
  get(version: string, key: string): T | undefined {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
      return undefined;
    }
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  set(version: string, key: string, value: T): void {
    if (this.capacity <= 0) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
