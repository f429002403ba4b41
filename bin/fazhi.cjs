#!/usr/bin/env node
// The `fazhi` command. The real program is built into dist/ by `npm install` (the prepare script).
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'fazhi.cjs');
if (!fs.existsSync(entry)) {
  process.stderr.write('法治台账尚未构建：请在项目文件夹中运行 npm run build 后再试。\n');
  process.exit(1);
}
require(entry);
