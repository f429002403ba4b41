import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Renders a .docx the way a unit without Word would see it (LibreOffice → PDF), and reads the
// PDF's text positions (poppler's pdftotext -bbox) so page geometry can be measured in points.

export const INSTALL_HINT = 'apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils';

function onPath(tool: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && fs.existsSync(path.join(dir, tool)));
}

/** The tools the rendering check needs, or a message saying which are missing and how to get them. */
export function missingRenderTools(): string | undefined {
  const missing = ['soffice', 'pdftotext', 'pdftoppm', 'fc-list'].filter((t) => !onPath(t));
  if (missing.length) return `docx 排版检查需要 ${missing.join('、')}，请先安装：${INSTALL_HINT}`;
  const cjk = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).stdout.trim();
  if (!cjk) return `docx 排版检查需要中文字体（fonts-noto-cjk），请先安装：${INSTALL_HINT}`;
  return undefined;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env, timeout = 120_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} failed (${String(r.status)}): ${r.stderr}`);
  return r.stdout;
}

/** docx → PDF with a fresh LibreOffice profile (HOME and UserInstallation in workDir). */
export function docxToPdf(docxPath: string, workDir: string): string {
  const home = path.join(workDir, 'home');
  fs.mkdirSync(home, { recursive: true });
  const profile = pathToFileURL(path.join(workDir, 'lo-profile')).href;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, docxPath], {
    ...process.env,
    HOME: home,
  });
  const pdf = path.join(workDir, `${path.basename(docxPath, '.docx')}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docxPath}`);
  return pdf;
}

export interface PdfWord {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

export function pdfPages(pdfPath: string): PdfPage[] {
  const html = run('pdftotext', ['-bbox', pdfPath, '-']);
  const pages: PdfPage[] = [];
  for (const chunk of html.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
    const words = [...chunk.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: (m[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"'),
    }));
    pages.push({ width: Number(size?.[1]), height: Number(size?.[2]), words });
  }
  return pages;
}

export interface PdfLine {
  yMin: number;
  yMax: number;
  xMin: number;
  xMax: number;
  text: string;
}

/** Words grouped into lines by their top edge (within 2 pt), top to bottom, words left to right. */
export function linesOf(words: readonly PdfWord[]): PdfLine[] {
  const lines: PdfWord[][] = [];
  for (const w of [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const line = lines.find((l) => Math.abs((l[0]?.yMin ?? 0) - w.yMin) < 2);
    if (line) line.push(w);
    else lines.push([w]);
  }
  return lines.map((ws) => {
    ws.sort((a, b) => a.xMin - b.xMin);
    return {
      yMin: Math.min(...ws.map((w) => w.yMin)),
      yMax: Math.max(...ws.map((w) => w.yMax)),
      xMin: Math.min(...ws.map((w) => w.xMin)),
      xMax: Math.max(...ws.map((w) => w.xMax)),
      text: ws.map((w) => w.text).join(''),
    };
  });
}

/** PNGs of every page (pdftoppm -r 60) into dir, named prefix-N.png; returns their paths. */
export function pdfToPngs(pdfPath: string, dir: string, prefix: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  run('pdftoppm', ['-r', '60', '-png', pdfPath, path.join(dir, prefix)]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
    .map((f) => path.join(dir, f));
}

export const PT_PER_MM = 72 / 25.4;
