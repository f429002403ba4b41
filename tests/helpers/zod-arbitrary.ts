import fc from 'fast-check';

// Turns an operation's input schema into fast-check payloads that are *nearly* right: the real keys,
// values of the right kind within the schema's limits, drawn from ids that exist where they fit,
// with a hostile value swapped in here and there. Only payloads that get past validation reach a
// handler, which is where a crash would hide; so most payloads must be valid or almost.

export interface KnownValues {
  strings: readonly string[];
  numbers: readonly number[];
  /** For a field the schema cannot describe (a template body is checked by a transform): good values and their variants. */
  byKey?: Readonly<Record<string, fc.Arbitrary<unknown>>>;
}

type Def = { type: string } & Record<string, unknown>;
type CheckDef = { check: string } & Record<string, unknown>;

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): CheckDef[] {
  return ((def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def);
}

function isOptional(schema: unknown): boolean {
  // `.partial().required({ id: true })` wraps the key in nonoptional, which keeps its inner optin.
  if (defOf(schema).type === 'nonoptional') return false;
  return (schema as { _zod: { optin?: string } })._zod.optin === 'optional';
}

/** Values no schema should let through, and which a careless handler would trip on. */
export function hostileValue(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, -1, 0.5, 2 ** 31, null, true, '', ' ', '\u0000', '2023-02-30', '2024-13-01', '0000-00-00', '9999-12-31', '__proto__', 'constructor', '../../etc/passwd', 'C:\\Windows\\win.ini', '💥💥💥', '<script>alert(1)</script>', "'; DROP TABLE activities; --"),
    fc.string({ maxLength: 20 }),
    fc.integer(),
    fc.double(),
    fc.constant('法'.repeat(300_000)),
    fc.constant(Array.from({ length: 2000 }, (_, i) => i)),
    deepNesting(),
    protoKeys(),
    fc.anything({ maxDepth: 3 }),
  );
}

function deepNesting(): fc.Arbitrary<unknown> {
  return fc.integer({ min: 50, max: 3000 }).map((depth) => {
    let value: unknown = '底';
    for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
    return value;
  });
}

/** JSON.parse makes `__proto__` an own key, as a payload arriving over HTTP or IPC would have it. */
function protoKeys(): fc.Arbitrary<unknown> {
  return fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => JSON.parse(`{"${key}": {"polluted": true}, "id": 1}`) as unknown);
}

const SAMPLE_TEXT = ['2024-03-15', '2024-02-29', '2023-02-30', '2024-12-31', '1949-01-01', '2100-12-31', '普法宣传', '法治讲座', '宪法', '照片', '签到表', '正式文件', '年度', 'five-part', '承办科室'];

function stringArb(def: Def, known: KnownValues): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const pattern = checks.find((c) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern as RegExp | undefined;
  const max = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number), 60);
  const min = Math.max(...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number), 0);
  const fits = (s: string) => s.length <= max && s.length >= min && (!pattern || pattern.test(s));
  const pool = [...new Set([...known.strings, ...SAMPLE_TEXT])].filter(fits);
  // A pattern says its own length (a 64-hex session id): only the schema's limits apply, not the 60 cap,
  // or a filter that can never pass would spin forever.
  const schemaMax = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number));
  const made = pattern
    ? fc.stringMatching(pattern).filter((s) => s.length <= schemaMax && s.length >= min)
    : fc.string({ unit: fc.constantFrom('法', '治', '普', '年', '会', 'a', '1', ' ', '-', '；', '\n'), minLength: Math.min(min, max), maxLength: max });
  return pool.length ? fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 2 }, { arbitrary: made, weight: 1 }) : made;
}

function numberArb(def: Def, known: KnownValues): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const isInt = def.type === 'int' || checks.some((c) => c.check === 'number_format' && /int/.test(String(c.format)));
  const low = Math.max(...checks.filter((c) => c.check === 'greater_than').map((c) => (c.value as number) + (c.inclusive ? 0 : isInt ? 1 : 1e-6)), -1e6);
  const high = Math.min(...checks.filter((c) => c.check === 'less_than').map((c) => (c.value as number) - (c.inclusive ? 0 : isInt ? 1 : 1e-6)), 1e9);
  const pool = [...known.numbers, 0, 1, 2, 12, 100, 2023, 2024, 2025].filter((n) => n >= low && n <= high && (!isInt || Number.isInteger(n)));
  const made = isInt ? fc.integer({ min: Math.ceil(low), max: Math.floor(high) }) : fc.double({ min: low, max: high, noNaN: true });
  return pool.length ? fc.oneof({ arbitrary: fc.constantFrom(...pool), weight: 2 }, { arbitrary: made, weight: 1 }) : made;
}

/** A value shaped by `schema`, with (rarely, at any level) a hostile one in its place. */
export function nearlyValid(schema: unknown, known: KnownValues, depth = 0): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: shapedValue(schema, known, depth), weight: 60 }, { arbitrary: hostileValue(), weight: 1 });
}

/** The operation's payload: mostly shaped, sometimes with one key swapped for a hostile value or an extra key. */
export function payloadFor(schema: unknown, known: KnownValues): fc.Arbitrary<unknown> {
  const shaped = nearlyValid(schema, known);
  const def = defOf(schema);
  const keys = def.type === 'object' ? Object.keys(def.shape as object) : [];
  const mutated = fc.tuple(shaped, fc.constantFrom(...keys, '__proto__', 'constructor', '额外字段'), hostileValue()).map(([value, key, bad]) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const copy: Record<string, unknown> = { ...value };
    Object.defineProperty(copy, key, { value: bad, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  return fc.oneof({ arbitrary: shaped, weight: 6 }, { arbitrary: mutated, weight: 3 }, { arbitrary: hostileValue(), weight: 1 });
}

function shapedValue(schema: unknown, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 8) return fc.constant(undefined);
  const next = (s: unknown) => nearlyValid(s, known, depth + 1);
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const keys = Object.keys(shape);
      if (keys.length === 0) return fc.constant({});
      const special = known.byKey ?? {};
      const parts = Object.fromEntries(keys.map((k) => [k, special[k] ? fc.oneof({ arbitrary: special[k], weight: 3 }, { arbitrary: next(shape[k]), weight: 1 }) : next(shape[k])]));
      return fc.record(parts, { requiredKeys: keys.filter((k) => !isOptional(shape[k]) || k in special) });
    }
    case 'array': {
      const checks = checksOf(def);
      const max = Math.min(...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum as number), 4);
      const min = Math.max(...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum as number), 0);
      return fc.array(next(def.element), { minLength: Math.min(min, max), maxLength: max });
    }
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map(next));
    case 'record':
      return fc.dictionary(stringArb(defOf(def.keyType), known), next(def.valueType), { maxKeys: 3 });
    case 'optional':
      return fc.oneof({ arbitrary: next(def.innerType), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
    case 'nullable':
      return fc.oneof({ arbitrary: next(def.innerType), weight: 3 }, { arbitrary: fc.constant(null), weight: 1 });
    case 'nonoptional': {
      const inner = defOf(def.innerType);
      return shapedValue(inner.type === 'optional' ? inner.innerType : def.innerType, known, depth);
    }
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
      return shapedValue(def.innerType, known, depth);
    case 'pipe':
      return shapedValue(def.in, known, depth);
    case 'lazy':
      return shapedValue((def.getter as () => unknown)(), known, depth + 1);
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => shapedValue(o, known, depth + 1)));
    case 'intersection':
      return fc.oneof(next(def.left), next(def.right));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'string':
      return stringArb(def, known);
    case 'number':
    case 'int':
      return numberArb(def, known);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

function pathsOf(value: unknown, at: (string | number)[] = [], into: (string | number)[][] = []): (string | number)[][] {
  into.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...at, i], into));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], into);
  return into;
}

function replaceAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy: unknown[] = [...(value as unknown[])];
    copy[Number(head)] = replaceAt(copy[Number(head)], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  copy[String(head)] = replaceAt(copy[String(head)], rest, replacement);
  return copy;
}

/** `good` itself, or a copy with one node anywhere inside it replaced (by a hostile value, an empty one, or removed). */
export function variantsOf(good: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(good).filter((p) => p.length > 0);
  const replaced = fc.tuple(fc.constantFrom(...paths), fc.oneof(hostileValue(), fc.constantFrom(undefined, '', [], {}, 0, '{指标:不存在}', '{单位}{年度}{纲要}'))).map(([path, bad]) => replaceAt(good, path, bad));
  return fc.oneof({ arbitrary: fc.constant(good), weight: 1 }, { arbitrary: replaced, weight: 4 });
}
