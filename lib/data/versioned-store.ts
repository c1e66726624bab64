/**
 * Answers kept for one database version (lib/db/version.ts), least recently used first out, bounded by count and
 * by approximate bytes: the one store behind the read cache (lib/data/read-cache.ts) and the page cache
 * (lib/http/page-cache.ts). No imports, so the request proxy can use it without loading the data layer.
 *
 * - When the version moves, everything kept is of an older database and goes at once.
 * - An answer is kept from the moment it is asked for, so concurrent askers share one making of it; it is sized
 *   when it settles, and dropped when it fails or when `size` says it is not to keep (null).
 * - A late answer made for a version the store has since left is not counted (it was dropped with the rest).
 */
export class VersionedStore<V> {
  private readonly entries = new Map<string, { version: number | string; value: Promise<V>; bytes: number }>();
  private bytes = 0;
  private version: number | string | null = null;

  /** `limits` is read at every eviction: tests narrow it in place. */
  constructor(private readonly limits: { entries: number; bytes: number }) {}

  /** The answer kept for `key` at `version`, or the one `make` starts now (then kept). */
  get(key: string, version: number | string, make: () => Promise<V>, size: (value: V) => number | null): { value: Promise<V>; hit: boolean } {
    if (version !== this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
    }
    const kept = this.entries.get(key);
    if (kept && kept.version === version) {
      // Most recently used last: a Map keeps insertion order, so eviction walks from the least recently used.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return { value: kept.value, hit: true };
    }
    this.remove(key);
    const entry = { version, value: make(), bytes: 0 };
    this.entries.set(key, entry);
    entry.value.then(
      (value) => {
        if (this.entries.get(key) !== entry) return;
        const bytes = size(value);
        if (bytes === null) return void this.entries.delete(key);
        entry.bytes = bytes;
        this.bytes += bytes;
        this.evict();
      },
      () => {
        if (this.entries.get(key) === entry) this.remove(key);
      },
    );
    this.evict();
    return { value: entry.value, hit: false };
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(key);
  }

  private evict(): void {
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.limits.entries && this.bytes <= this.limits.bytes) return;
      this.remove(key);
    }
  }
}
