// Obsidian's extensions of built-in JS objects (Array.prototype.first, String.prototype.contains,
// Math.clamp, sleep, ...), declared in obsidian.d.ts's `declare global` block.
// Installed non-enumerable so `for...in` over arrays is unaffected.

function define(target: object, name: string, value: unknown): void {
  if (Object.prototype.hasOwnProperty.call(target, name)) return;
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

export function installJsGlobals(): void {
  define(Object, "isEmpty", (object: Record<string, unknown>) => {
    for (const _ in object) return false;
    return true;
  });
  define(Object, "each", (object: Record<string, unknown>, callback: (value: unknown, key?: string) => boolean | void, context?: unknown) => {
    for (const key of Object.keys(object)) if (callback.call(context, object[key], key) === false) return false;
    return true;
  });
  define(Array, "combine", <T>(arrays: T[][]) => ([] as T[]).concat(...arrays));
  const A = Array.prototype;
  define(A, "first", function <T>(this: T[]) {
    return this[0];
  });
  define(A, "last", function <T>(this: T[]) {
    return this[this.length - 1];
  });
  define(A, "contains", function <T>(this: T[], target: T) {
    return this.includes(target);
  });
  define(A, "remove", function <T>(this: T[], target: T) {
    for (let i = this.indexOf(target); i !== -1; i = this.indexOf(target)) this.splice(i, 1);
  });
  define(A, "shuffle", function <T>(this: T[]) {
    for (let i = this.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [this[i], this[j]] = [this[j] as T, this[i] as T];
    }
    return this;
  });
  define(A, "unique", function <T>(this: T[]) {
    return Array.from(new Set(this));
  });
  define(A, "findLastIndex", function <T>(this: T[], predicate: (value: T) => boolean) {
    for (let i = this.length - 1; i >= 0; i--) if (predicate(this[i] as T)) return i;
    return -1;
  });
  define(Math, "clamp", (value: number, min: number, max: number) => Math.min(Math.max(value, min), max));
  define(Math, "square", (value: number) => value * value);
  define(String, "isString", (obj: unknown) => typeof obj === "string" || obj instanceof String);
  define(String.prototype, "contains", function (this: string, target: string) {
    return this.includes(target);
  });
  define(String.prototype, "format", function (this: string, ...args: string[]) {
    return this.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
  });
  define(Number, "isNumber", (obj: unknown) => typeof obj === "number" || obj instanceof Number);
  const g = globalThis as Record<string, unknown>;
  g.isBoolean = (obj: unknown) => typeof obj === "boolean" || obj instanceof Boolean;
  g.sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
  g.nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  g.ready = (fn: () => unknown) => {
    fn();
  };
  const w = window as unknown as Record<string, unknown>;
  w.sleep = g.sleep;
  w.nextFrame = g.nextFrame;
}
