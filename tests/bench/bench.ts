// `npm run bench`: the real app on a temp data folder, filled with 50,000 realistic entries, timed
// the way the UI uses it. Prints one table with each figure, its target and ✓/✗; exits 1 if a
// target is missed. `npm run bench -- 5000` runs on fewer entries for a quick look; a section that
// brings its own data runs alone by name (the keys of ALONE): `npm run bench -- report`, `-- host`
// (20 users on one `fazhi serve` for 60 s; needs `npm run build`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp } from '../../electron/open-app';
import type { BenchContext, BenchSection, Figure } from './measure';
import { formatTable, meetsTarget } from './measure';
import { addEntry } from './sections/add-entry';
import { attachEvidence } from './sections/attach-evidence';
import { firstScreen } from './sections/first-screen';
import { hostLoad } from './sections/host-load';
import { importXlsx } from './sections/import-xlsx';
import { listEntries } from './sections/list-entries';
import { reportDocx } from './sections/report-docx';
import { searchEntries } from './sections/search-entries';
import { seedEntries } from './sections/seed-entries';
import { spreadsheetLimits } from './sections/spreadsheet-limits';
import { statsYear } from './sections/stats-year';

/** In order: each section works on what the ones before it left. Add new sections here. */
const SECTIONS: readonly BenchSection[] = [seedEntries, searchEntries, listEntries, statsYear, addEntry, attachEvidence, importXlsx, spreadsheetLimits, reportDocx, firstScreen, hostLoad];
/** Sections that need nothing from the others, by the name that runs them alone. */
const ALONE: Readonly<Record<string, BenchSection>> = { report: reportDocx, spreadsheet: spreadsheetLimits, import: importXlsx, 'first-screen': firstScreen, host: hostLoad };

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const alone = args.filter((a) => a in ALONE).map((a) => ALONE[a]!);
  const countArg = args.find((a) => !(a in ALONE));
  const entryCount = Number(countArg ?? 50_000);
  if (!Number.isInteger(entryCount) || entryCount < 1000) {
    const names = Object.keys(ALONE).join('、');
    throw new Error(/^\d+$/.test(countArg ?? '') ? '条数应为不小于 1000 的整数' : `没有“${countArg}”这一项。可单独运行的有：${names}；或给出台账条数（不小于 1000 的整数）`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fazhi-bench-'));
  // Other work on the machine slows every figure; the load average says how much there was.
  const loadBefore = os.loadavg()[0]!;
  const open = () => openApp({ dataDir, shell: 'cli', log: (op, err) => console.error(op, err) });
  const figures: Figure[] = [];
  const ctx: BenchContext = {
    app: open(),
    reopen() {
      ctx.app.close();
      ctx.app = open();
    },
    dataDir,
    entryCount,
    years: [2020, 2021, 2022, 2023, 2024],
  };
  try {
    for (const section of alone.length ? alone : SECTIONS) figures.push(...(await section(ctx)));
  } finally {
    ctx.app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  const load = `系统负载 ${loadBefore.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`;
  const scope = alone.length ? `只测 ${args.filter((a) => a in ALONE).join('、')}` : `${entryCount.toLocaleString('en-US')} 条台账`;
  console.log(`法治台账 性能测试：${scope}，Node ${process.version}，${os.cpus().length} 核，${load}\n`);
  console.log(formatTable(figures));
  const missed = figures.filter((f) => meetsTarget(f) === false);
  console.log(missed.length === 0 ? '\n全部达标。' : `\n未达标 ${missed.length} 项：${missed.map((f) => f.label).join('；')}`);
  return missed.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  },
);
