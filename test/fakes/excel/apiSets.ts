import { EXCEL_API_SETS } from './apiSets.generated';
import { FakeRichApiError } from './errors';

/**
 * Requirement-set gating. Office.js checks a member's requirement set on the client when it is used
 * (`OfficeExtension.Utility.throwIfApiNotSupported`): a method throws when called, a property when
 * read or set, synchronously, with code ApiNotFound, status 404 and the message "The method or
 * property X is part of the Y requirement set, which is not available in your version of Excel."
 * The fake does the same from the table generated out of @types/office-js.
 */

export interface MemberRequirement {
  kind: 'property' | 'method';
  get: string;
  /** Set needed to assign the property, when later than reading it. */
  set?: string;
}

const byClass = new Map<string, Map<string, MemberRequirement>>();

function membersOf(excelClass: string): Map<string, MemberRequirement> | undefined {
  const cached = byClass.get(excelClass);
  if (cached) return cached;
  const entry = EXCEL_API_SETS[excelClass];
  if (!entry) return undefined;
  const members = new Map<string, MemberRequirement>();
  for (const [set, names] of Object.entries(entry.properties ?? {})) for (const n of names) members.set(n, { kind: 'property', get: set });
  for (const [set, names] of Object.entries(entry.methods ?? {})) for (const n of names) members.set(n, { kind: 'method', get: set });
  for (const [set, names] of Object.entries(entry.setters ?? {})) {
    for (const n of names) {
      const m = members.get(n);
      if (m) m.set = set;
    }
  }
  byClass.set(excelClass, members);
  return members;
}

/** The requirement of `excelClass.member` per the generated table (undefined: not an Office.js member). */
export function requirementOf(excelClass: string, member: string): MemberRequirement | undefined {
  return membersOf(excelClass)?.get(member);
}

/** The class's own requirement set, e.g. "ExcelApi 1.18" for NoteCollection. */
export function classRequirement(excelClass: string): string | undefined {
  return EXCEL_API_SETS[excelClass]?.set;
}

function parseVersion(version: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function atLeast(have: string, need: string): boolean {
  const h = parseVersion(have);
  const n = parseVersion(need);
  if (!h || !n) return false;
  return h[0] > n[0] || (h[0] === n[0] && h[1] >= n[1]);
}

/** The requirement sets a simulated host claims, e.g. { ExcelApi: '1.12' }. */
export class HostApiSets {
  private readonly claims: Map<string, string>;
  constructor(claims: Readonly<Record<string, string>>) {
    this.claims = new Map(Object.entries(claims).map(([k, v]) => [k.toLowerCase(), v]));
  }

  /** Office.context.requirements.isSetSupported: a missing version means 1.1. */
  isSetSupported(name: string, version?: string | number): boolean {
    const have = this.claims.get(name.toLowerCase());
    if (have === undefined) return false;
    const need = version === undefined ? '1.1' : typeof version === 'number' ? version.toFixed(1) : version;
    return atLeast(have, need);
  }

  /** Whether "ExcelApi 1.9" (a set and version as the typings write it) is available. */
  supports(requirement: string): boolean {
    const space = requirement.lastIndexOf(' ');
    if (space < 0) return false;
    return this.isSetSupported(requirement.slice(0, space), requirement.slice(space + 1));
  }

  get excelApi(): string {
    return this.claims.get('excelapi') ?? '1.1';
  }
}

export function apiNotFound(excelClass: string, member: string, requirement: string): FakeRichApiError {
  const location = `${excelClass}.${member}`;
  return new FakeRichApiError(
    'ApiNotFound',
    `The method or property ${location} is part of the ${requirement} requirement set, which is not available in your version of Excel.`,
    { errorLocation: location, httpStatusCode: 404 },
  );
}

const EXCEL_CLASS = Symbol('excelClass');

/** The Office.js class a fake object stands for (set by `gated`). */
export function excelClassOf(target: object): string | undefined {
  return (target as { [EXCEL_CLASS]?: string })[EXCEL_CLASS];
}

/**
 * Wraps a fake object so every Office.js member is checked against the host's sets when add-in code
 * uses it. Members are run on the unwrapped object, so the fake's own internal calls are never gated;
 * a method that returns its object (load, track) hands back the wrapper.
 */
export function gated<T extends object>(target: T, excelClass: string, host: HostApiSets): T {
  Object.defineProperty(target, EXCEL_CLASS, { value: excelClass, enumerable: false });
  const members = membersOf(excelClass);
  if (!members) throw new Error(`The Excel fake gates ${excelClass}, which @types/office-js does not declare.`);
  const wrappers = new Map<string | symbol, { fn: unknown; wrapper: (...args: unknown[]) => unknown }>();
  const proxy: T = new Proxy(target, {
    get(t, prop) {
      const req = typeof prop === 'string' ? members.get(prop) : undefined;
      if (req?.kind === 'property' && !host.supports(req.get)) throw apiNotFound(excelClass, prop as string, req.get);
      const value: unknown = Reflect.get(t, prop, t);
      if (typeof value !== 'function' || prop === 'constructor') return value;
      const known = wrappers.get(prop);
      if (known && known.fn === value) return known.wrapper;
      const fn = value as (...args: unknown[]) => unknown;
      const wrapper = (...args: unknown[]): unknown => {
        if (req && !host.supports(req.get)) throw apiNotFound(excelClass, prop as string, req.get);
        const result = fn.apply(t, args);
        return result === t ? proxy : result;
      };
      wrappers.set(prop, { fn: value, wrapper });
      return wrapper;
    },
    set(t, prop, value) {
      const req = typeof prop === 'string' ? members.get(prop) : undefined;
      if (req?.kind === 'property') {
        const need = req.set ?? req.get;
        if (!host.supports(need)) throw apiNotFound(excelClass, prop as string, need);
      }
      return Reflect.set(t, prop, value, t);
    },
  });
  return proxy;
}
