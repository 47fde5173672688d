import { apiNotFound, excelClassOf, requirementOf } from './apiSets';
import type { FakeContext } from './context';
import { FakeRichApiError, notLoaded } from './errors';
import { jsonBytes, OP_OVERHEAD } from './request';

/**
 * Base of the loadable proxies: a property can be read only after it was loaded and synced
 * (PropertyNotLoaded otherwise), and a load's values are those of the sync that ran it.
 */

export function parseProps(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string') return arg.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseProps(a));
  if (typeof arg === 'object' && arg !== null) {
    const o = arg as { select?: unknown };
    if (o.select !== undefined) return parseProps(o.select);
    return Object.keys(arg);
  }
  return [];
}

/** Base of loadable proxies. */
export abstract class Loadable {
  protected loaded = new Map<string, unknown>();
  protected nullChecked = false;
  protected isNull = false;
  constructor(readonly context: FakeContext) {}

  protected abstract scalarProps(): string[];
  protected abstract read(prop: string): unknown;
  /** Null for a *OrNullObject proxy whose target does not exist. */
  protected exists(): boolean {
    return true;
  }

  protected value<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  get isNullObject(): boolean {
    if (!this.nullChecked) throw notLoaded('isNullObject');
    return this.isNull;
  }

  /** Called for *OrNullObject proxies: the next sync decides isNullObject. */
  resolveNullAtSync(): void {
    this.context.op(
      () => {
        this.nullChecked = true;
        this.isNull = !this.exists();
      },
      undefined,
      true,
    );
  }

  /** Navigation properties (e.g. a range's worksheet) that a load path like "worksheet/name" reaches. */
  protected navigate(_name: string): Loadable | undefined {
    return undefined;
  }

  private split(arg: unknown): { own: string[]; nav: Map<string, string[]> } {
    const props = parseProps(arg).filter((p) => p !== 'isNullObject');
    const own: string[] = [];
    const nav = new Map<string, string[]>();
    const excelClass = excelClassOf(this);
    for (const p of props) {
      const slash = p.indexOf('/');
      const name = slash < 0 ? p : p.slice(0, slash);
      // A load names properties by string, so Office.js cannot check them on the client: the host
      // refuses the request instead.
      const req = excelClass ? requirementOf(excelClass, name) : undefined;
      if (excelClass && req && !this.context.host.supports(req.get)) throw apiNotFound(excelClass, name, req.get);
      if (slash < 0) own.push(p);
      else nav.set(p.slice(0, slash), [...(nav.get(p.slice(0, slash)) ?? []), p.slice(slash + 1)]);
    }
    return { own: own.length > 0 || nav.size > 0 ? own : this.scalarProps(), nav };
  }

  protected sizeOfLoad(arg: unknown): number {
    if (!this.exists()) return OP_OVERHEAD;
    const { own, nav } = this.split(arg);
    let n = OP_OVERHEAD;
    for (const p of own) n += jsonBytes(this.cachedRead(p));
    for (const [name, rest] of nav) n += this.child(name).sizeOfLoad(rest);
    return n;
  }

  protected applyLoad(arg: unknown): void {
    this.nullChecked = true;
    this.isNull = !this.exists();
    if (this.isNull) return;
    const { own, nav } = this.split(arg);
    for (const p of own) this.loaded.set(p, this.cachedRead(p));
    for (const [name, rest] of nav) this.child(name).applyLoad(rest);
  }

  private child(name: string): Loadable {
    const c = this.navigate(name);
    if (!c) throw new FakeRichApiError('InvalidArgument', `No navigation property '${name}'.`);
    return c;
  }

  load(arg?: unknown): this {
    // Values read while sizing the request are the ones handed back (the read comes first).
    let cache: Map<string, unknown> | undefined;
    this.context.enqueue({
      read: true,
      size: () => {
        // Sized before the request runs, or (after a change in the same request) once it ran.
        cache ??= new Map();
        this.readCache = cache;
        try {
          return this.sizeOfLoad(arg);
        } finally {
          this.readCache = undefined;
        }
      },
      apply: () => {
        cache ??= new Map();
        this.readCache = cache;
        try {
          this.applyLoad(arg);
        } finally {
          this.readCache = undefined;
        }
      },
    });
    return this;
  }

  private readCache: Map<string, unknown> | undefined;
  protected cachedRead(prop: string): unknown {
    if (!this.readCache) return this.read(prop);
    if (!this.readCache.has(prop)) this.readCache.set(prop, this.read(prop));
    return this.readCache.get(prop);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
