import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../shared/contract/operations';
import { buildHandlers } from '../../electron/registry';
import { appHandlers } from '../../electron/handlers/app-handlers';
import { unitHandlers } from '../../electron/handlers/unit-handlers';
import { openTempApp } from '../helpers/temp-app';

describe('the operation registry', () => {
  it('has exactly one handler for every operation in the contract', () => {
    expect(Object.keys(buildHandlers()).sort()).toEqual([...OPERATION_NAMES].sort());
  });

  it('stops start-up on a duplicate, a missing or an unknown handler', () => {
    expect(() => buildHandlers([appHandlers, appHandlers])).toThrow(/两个处理函数/);
    expect(() => buildHandlers([appHandlers, unitHandlers])).toThrow(/没有处理函数/);
    expect(() => buildHandlers([{ 'nope.nothing': () => null } as never])).toThrow(/不在操作清单中/);
  });

  it('answers an unknown operation with a typed error, not an exception', async () => {
    const app = openTempApp();
    const result = await app.registry.invoke('activities.drop', {});
    expect(result).toEqual({ ok: false, error: { code: 'unknown_operation', message: expect.stringContaining('activities.drop') } });
  });

  it('answers a name that cannot even be turned into text with unknown_operation instead of throwing', async () => {
    const app = openTempApp();
    // Found by the fuzzer: String(name) throws for these, and invoke used to throw with it.
    for (const name of [Object.create(null) as object, { toString: undefined }, Symbol('x')]) {
      const result = await app.registry.invoke(name, {});
      expect(result).toEqual({ ok: false, error: { code: 'unknown_operation', message: expect.stringMatching(/^没有名为“（(object|symbol)）”的操作$/) } });
    }
  });

  it('turns a bug inside a handler into an internal error with a Chinese message and logs it', async () => {
    const logged: string[] = [];
    const app = openTempApp();
    const { createRegistry } = await import('../../electron/registry');
    const registry = createRegistry({ ...app.ctx, now: () => { throw new Error('clock broke'); } }, (op) => logged.push(op));
    const result = await registry.invoke('unit.update', { name: '甲' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('internal');
    expect(!result.ok && result.error.message).toMatch(/内部出错/);
    expect(logged).toEqual(['unit.update']);
  });

  it('validates every operation: garbage input gets invalid_input, never a crash', async () => {
    const app = openTempApp();
    for (const name of OPERATION_NAMES) {
      for (const input of [42, 'x', [], { unexpected: true }]) {
        const result = await app.registry.invoke(name, input);
        expect(result.ok, `${name} accepted ${JSON.stringify(input)}`).toBe(false);
        expect(!result.ok && result.error.code).toBe('invalid_input');
      }
    }
  });
});
