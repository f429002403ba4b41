import { describe, expect, it } from 'vitest';
import { decodeSharedTouch, encodeSharedTouch } from '../../renderer/auth/shared-activity';

// What one tab of the host's page tells the others through localStorage (renderer/auth/
// shared-activity.ts): the time of the last call the host answered, for one account. Another tab
// counts it only when it is its own account's and a real time. (Across real tabs: tests/e2e/idle-logout.spec.ts.)

const AT = 1_700_000_000_000;

describe('the shared idle clock', () => {
  it("reads back what a tab of the same account wrote", () => {
    expect(decodeSharedTouch(encodeSharedTouch('zhangsan', AT), 'zhangsan')).toBe(AT);
  });

  it("ignores another account's activity: it is not this session's", () => {
    expect(decodeSharedTouch(encodeSharedTouch('lisi', AT), 'zhangsan')).toBeNull();
  });

  it('ignores a missing or damaged value rather than failing the page', () => {
    for (const raw of [null, '', 'not json', '1700000000000', 'null', '{"username":"zhangsan"}', '{"username":"zhangsan","at":"1700000000000"}', '{"username":"zhangsan","at":-5}']) {
      expect(decodeSharedTouch(raw, 'zhangsan')).toBeNull();
    }
  });
});
