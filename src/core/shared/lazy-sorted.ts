/**
 * A list kept in order only as far as it has been read. Its first `sorted` items are
 * in order and no later item comes before them; the rest is in no particular order
 * until someone reads that far. A view that shows the first thirty of ten thousand
 * people selects those thirty (linear time) instead of sorting everyone.
 *
 * The order must be total (no two items compare equal), as the agenda's is.
 */
export class LazySorted<T> {
  private items: T[] = [];
  private sorted = 0;
  /** Comparisons made: lets tests check the work done, not the time. */
  comparisons = 0;

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get length(): number {
    return this.items.length;
  }

  /** Starts over with these items, in no order yet. */
  reset(items: T[]): void {
    this.items = items;
    this.sorted = 0;
  }

  /** The item at a position in order (a position from 0 to length - 1). */
  at(index: number): T {
    this.ensure(index + 1);
    return this.items[index] as T;
  }

  /** Everything, in order. */
  toArray(): T[] {
    this.ensure(this.items.length);
    return [...this.items];
  }

  insert(item: T): void {
    const { items } = this;
    const last = this.sorted > 0 ? (items[this.sorted - 1] as T) : undefined;
    if (this.sorted === items.length || (last !== undefined && this.cmp(item, last) < 0)) {
      items.splice(this.search(item), 0, item);
      this.sorted++;
    } else {
      items.push(item);
    }
  }

  /** Removes an item (the same object that was inserted); false when it isn't here. */
  remove(item: T): boolean {
    const { items } = this;
    const at = this.search(item);
    if (at < this.sorted && items[at] === item) {
      items.splice(at, 1);
      this.sorted--;
      return true;
    }
    const i = items.indexOf(item, this.sorted);
    if (i === -1) return false;
    items[i] = items[items.length - 1] as T;
    items.pop();
    return true;
  }

  private cmp(a: T, b: T): number {
    this.comparisons++;
    return this.compare(a, b);
  }

  /** The place of `item` among the sorted items. */
  private search(item: T): number {
    let lo = 0;
    let hi = this.sorted;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cmp(this.items[mid] as T, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Puts the first `count` items in order: selects them from the rest, then sorts just those. */
  private ensure(count: number): void {
    const n = this.items.length;
    if (count <= this.sorted) return;
    // Read ahead: scrolling asks for a few rows at a time.
    const target = Math.min(n, Math.max(count, this.sorted * 2, 64));
    if (target < n) this.select(this.sorted, n - 1, target);
    const chunk = this.items.slice(this.sorted, target).sort((a, b) => this.cmp(a, b));
    for (let i = 0; i < chunk.length; i++) this.items[this.sorted + i] = chunk[i] as T;
    this.sorted = target;
  }

  /** Rearranges items[lo..hi] so the ones before position k are the smallest (quickselect). */
  private select(lo: number, hi: number, k: number): void {
    const a = this.items;
    while (hi > lo) {
      const mid = (lo + hi) >>> 1;
      // Median of three as the pivot keeps sorted and reverse-sorted input linear.
      if (this.cmp(a[mid] as T, a[lo] as T) < 0) this.swap(mid, lo);
      if (this.cmp(a[hi] as T, a[lo] as T) < 0) this.swap(hi, lo);
      if (this.cmp(a[hi] as T, a[mid] as T) < 0) this.swap(hi, mid);
      const pivot = a[mid] as T;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (this.cmp(a[i] as T, pivot) < 0) i++;
        while (this.cmp(a[j] as T, pivot) > 0) j--;
        if (i <= j) {
          this.swap(i, j);
          i++;
          j--;
        }
      }
      if (k <= j) hi = j;
      else if (k >= i) lo = i;
      else return;
    }
  }

  private swap(i: number, j: number): void {
    const a = this.items;
    const t = a[i] as T;
    a[i] = a[j] as T;
    a[j] = t;
  }
}
