// Fake of Obsidian's `Events`, `EventRef` and `Component`.
// Mirrors obsidian.d.ts: same method names, argument orders and sync behaviour.
import type * as O from "obsidian";
import { realSetTimeout } from "./timers";

/** What `Events.on` hands back. Obsidian's EventRef is opaque; ours carries the subscription. */
export interface EventRef extends O.EventRef {
  e: Events;
  name: string;
  fn: (...data: any[]) => unknown;
  ctx: unknown;
}

function asRef(ref: O.EventRef): EventRef {
  return ref as EventRef;
}

export class Events implements O.Events {
  /** @internal subscriptions per event name, in registration order */
  _events: Record<string, EventRef[]> = {};

  on(name: string, callback: (...data: any[]) => unknown, ctx?: any): EventRef {
    const ref: EventRef = { e: this, name, fn: callback, ctx };
    (this._events[name] ??= []).push(ref);
    return ref;
  }

  off(name: string, callback: (...data: any[]) => unknown): void {
    const list = this._events[name];
    if (!list) return;
    this._events[name] = list.filter((ref) => ref.fn !== callback);
    if (this._events[name]?.length === 0) delete this._events[name];
  }

  offref(ref: O.EventRef): void {
    const r = asRef(ref);
    const list = r.e._events[r.name];
    if (!list) return;
    const next = list.filter((x) => x !== r);
    if (next.length) r.e._events[r.name] = next;
    else delete r.e._events[r.name];
  }

  trigger(name: string, ...data: unknown[]): void {
    const list = this._events[name];
    if (!list) return;
    // A handler may unsubscribe while we iterate: walk a copy, like Obsidian.
    for (const ref of list.slice()) this.tryTrigger(ref, data);
  }

  /**
   * Calls one handler. Like Obsidian, an exception in a handler does not stop the
   * other handlers: it is rethrown asynchronously (vitest reports it as an unhandled error).
   */
  tryTrigger(evt: O.EventRef, args: unknown[]): void {
    const ref = asRef(evt);
    try {
      ref.fn.apply(ref.ctx, args);
    } catch (err) {
      realSetTimeout(() => {
        throw err;
      }, 0);
    }
  }
}

export class Component implements O.Component {
  /** @internal */ _loaded = false;
  /** @internal */ _events: Array<() => unknown> = [];
  /** @internal */ _children: Component[] = [];

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    this.onload();
    for (const child of this._children.slice()) child.load();
  }

  onload(): void {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    while (this._children.length) this._children.pop()?.unload();
    while (this._events.length) {
      const cb = this._events.pop();
      cb?.();
    }
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends O.Component>(component: T): T {
    this._children.push(component as unknown as Component);
    if (this._loaded) component.load();
    return component;
  }

  removeChild<T extends O.Component>(component: T): T {
    const idx = this._children.indexOf(component as unknown as Component);
    if (idx >= 0) {
      this._children.splice(idx, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => any): void {
    this._events.push(cb);
  }

  registerEvent(eventRef: O.EventRef): void {
    const ref = asRef(eventRef);
    this.register(() => ref.e.offref(ref));
  }

  registerDomEvent<K extends keyof WindowEventMap>(el: Window, type: K, callback: (this: HTMLElement, ev: WindowEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
  registerDomEvent<K extends keyof DocumentEventMap>(el: Document, type: K, callback: (this: HTMLElement, ev: DocumentEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
  registerDomEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => any, options?: boolean | AddEventListenerOptions): void;
  registerDomEvent(el: EventTarget, type: string, callback: (ev: any) => any, options?: boolean | AddEventListenerOptions): void {
    el.addEventListener(type, callback, options);
    this.register(() => el.removeEventListener(type, callback, options));
  }

  registerInterval(id: number): number {
    this.register(() => clearInterval(id));
    return id;
  }
}

/** Test helper (not Obsidian API): number of live subscriptions for an event name. */
export function listenerCount(events: O.Events, name: string): number {
  return (events as Events)._events[name]?.length ?? 0;
}

/** Test helper (not Obsidian API): whether `load()` ran and `unload()` has not run since. */
export function isLoaded(component: O.Component): boolean {
  return (component as unknown as Component)._loaded;
}
