// Lint, including the layer rules of ARCHITECTURE.md: shared/ stays pure (no electron, no node:, no
// DOM globals), renderer/ never reaches into electron/, and only the thin desktop ring imports electron.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'url', 'util', 'zlib', 'stream', 'events', 'buffer'];

const sharedRestrictions = {
  paths: [
    { name: 'electron', message: 'shared/ 必须是纯 TypeScript：不能引用 electron。' },
    { name: 'better-sqlite3', message: 'shared/ 不能引用数据库。' },
    { name: 'react', message: 'shared/ 不能引用界面代码。' },
    ...NODE_BUILTINS.map((name) => ({ name, message: 'shared/ 不能引用 Node 模块。' })),
  ],
  patterns: [
    { regex: '^node:', message: 'shared/ 不能引用 node: 模块。' },
    { regex: '(^|/)(electron|renderer)/', message: 'shared/ 不能引用 electron/ 或 renderer/ 中的代码。' },
    { regex: '^(antd|@ant-design|react-dom)', message: 'shared/ 不能引用界面库。' },
  ],
};

const rendererRestrictions = {
  paths: [
    { name: 'electron', message: 'renderer/ 只能通过 api/client 与后台通信。' },
    { name: 'better-sqlite3', message: 'renderer/ 只能通过 api/client 与后台通信。' },
    ...NODE_BUILTINS.map((name) => ({ name, message: 'renderer/ 运行在页面中，不能引用 Node 模块。' })),
  ],
  patterns: [
    { regex: '^node:', message: 'renderer/ 运行在页面中，不能引用 node: 模块。' },
    { regex: '(^|/)electron/', message: 'renderer/ 不能引用 electron/ 中的代码，请通过 api/client。' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': ['error', sharedRestrictions],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'fetch', 'process', 'require', 'Buffer', '__dirname'].map((name) => ({
          name,
          message: 'shared/ 必须能在任何环境运行：不能用页面或 Node 的全局对象。',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.mts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', rendererRestrictions] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: '只有 electron/main.ts、preload.ts 和 electron/shell/ 可以引用 electron，其余代码要能在普通 Node 中运行。' }],
          patterns: [{ regex: '(^|/)renderer/', message: '后台不能引用 renderer/ 中的代码。' }],
        },
      ],
    },
  },
  {
    // The launcher scripts run before anything is built, as plain CommonJS.
    files: ['bin/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**/*.ts', 'tests/**/*.ts', 'scripts/**/*.mjs', '*.config.{ts,mjs,mts}', 'renderer/vite.config.mts', 'build/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
