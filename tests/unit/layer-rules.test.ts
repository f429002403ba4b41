import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.mjs; this proves they actually fire, so a config edit that
// silently disables them fails the build instead of letting the layers erode.

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/domain/x.ts', "import { openApp } from '../../electron/open-app';\nexport const a = openApp;\n"],
    ['renderer/pages/x.tsx', "import { openApp } from '../../electron/open-app';\nexport const a = openApp;\n"],
    ['renderer/pages/x.tsx', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['electron/store/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('%s may not: %s', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('shared/ may not use DOM or Node globals', async () => {
    expect(await ruleIds('shared/domain/x.ts', 'export const a = document.title;\n')).toContain('no-restricted-globals');
    expect(await ruleIds('shared/domain/x.ts', 'export const a = process.env;\n')).toContain('no-restricted-globals');
  });

  it('allows the imports each layer is meant to have', async () => {
    expect(await ruleIds('shared/domain/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toEqual([]);
    expect(await ruleIds('electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(await ruleIds('renderer/pages/x.tsx', "import { call } from '../api/client';\nexport const a = call;\n")).toEqual([]);
  });
});
