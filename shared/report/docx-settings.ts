import { z } from 'zod';
import { AppError } from '../errors';

// How the annual report .docx is laid out, as data the user can change. The defaults are the
// 公文 values of GB/T 9704-2012 (see shared/domain/gbt9704-word.md); the only choices offered are
// the ones units really differ on: which installed face to name, the line spacing, and the seal.

export const FACE_ROLES = ['title', 'body', 'heading1', 'heading2', 'pageNumber', 'latin'] as const;
export type FaceRole = (typeof FACE_ROLES)[number];

/**
 * Each role's faces, the standard's name first. 仿宋_GB2312 and 楷体_GB2312 are missing on a stock
 * Windows 10/11 and 方正小标宋 is commercial, so a document naming them shows in whatever Word
 * substitutes; the later names are what such machines do have.
 */
export const FACE_CHAINS = {
  title: ['方正小标宋简体', '方正小标宋_GBK', '华文中宋', '宋体'],
  body: ['仿宋_GB2312', '仿宋'],
  heading1: ['黑体'],
  heading2: ['楷体_GB2312', '楷体'],
  pageNumber: ['宋体'],
  latin: ['Times New Roman'],
} as const satisfies Record<FaceRole, readonly [string, ...string[]]>;

/** Faces a stock Windows 10/11 installs; 'windows-common' picks the first of these in each chain. */
export const STOCK_WINDOWS_FACES: readonly string[] = ['宋体', '仿宋', '楷体', '黑体', 'Times New Roman'];

export const FACE_CHOICES = ['standard', 'windows-common'] as const;
export type FaceChoice = (typeof FACE_CHOICES)[number];

export const LINE_SPACING_MIN_PT = 28;
export const LINE_SPACING_MAX_PT = 29.5;

const LINE_SPACING_MESSAGE = `正文行距应在${LINE_SPACING_MIN_PT}—${LINE_SPACING_MAX_PT}磅之间（公文通常为28.95磅，每页22行）`;

function faceOf<R extends FaceRole>(role: R, label: string) {
  const chain = FACE_CHAINS[role] as readonly [string, ...string[]];
  return z.enum(chain, { message: `${label}只能选：${chain.join('、')}` }).optional();
}

export const docxSettingsSchema = z
  .object({
    /** 'standard' names the faces GB/T 9704 practice names; 'windows-common' the ones a stock Windows has. */
    faceChoice: z.enum(FACE_CHOICES, { message: '字体方案只能是“标准字体”或“Windows 常见字体”' }).default('standard'),
    /** An explicit face for a role wins over faceChoice; each must be one of that role's chain. */
    faces: z
      .object({
        title: faceOf('title', '标题字体'),
        body: faceOf('body', '正文字体'),
        heading1: faceOf('heading1', '一级标题字体'),
        heading2: faceOf('heading2', '二级标题字体'),
        pageNumber: faceOf('pageNumber', '页码字体'),
        latin: faceOf('latin', '西文和数字字体'),
      })
      .strict()
      .default({}),
    /** Exact line spacing of the body in points; 28.95 gives 22 lines in the 225 mm type area. */
    bodyLineSpacingPt: z
      .number({ message: LINE_SPACING_MESSAGE })
      .min(LINE_SPACING_MIN_PT, { message: LINE_SPACING_MESSAGE })
      .max(LINE_SPACING_MAX_PT, { message: LINE_SPACING_MESSAGE })
      .default(28.95),
    /** With a seal the date moves in 4 characters and the name is centred over it (room for the 印章). */
    signatureWithSeal: z.boolean({ message: '是否加盖印章应为“是”或“否”' }).default(false),
  })
  .strict();

export type DocxSettings = z.infer<typeof docxSettingsSchema>;
/** What may be stored or sent: any field left out takes its default. */
export type DocxSettingsInput = z.input<typeof docxSettingsSchema>;

/** Every field has its default, so `{}` (or settings saved by an older version) parses. */
export const DEFAULT_DOCX_SETTINGS: DocxSettings = docxSettingsSchema.parse({});

/** Parse settings from the user or a file, or throw AppError 'invalid_input' with a Chinese message. */
export function parseDocxSettings(input: unknown): DocxSettings {
  const result = docxSettingsSchema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    // Every field above carries its own Chinese message; only unknown keys and a non-object fall to zod's.
    const text =
      issue.code === 'unrecognized_keys'
        ? `含有不认识的排版设置：${issue.keys.join('、')}`
        : issue.path.length === 0
          ? '排版设置应为一组设置项'
          : issue.message;
    fields[key] ??= text;
  }
  return throwInvalid(fields);
}

function throwInvalid(fields: Record<string, string>): never {
  throw new AppError('invalid_input', Object.values(fields).join('；'), fields);
}

export type ResolvedFaces = Record<FaceRole, string>;

/** The face written for each role: the explicit one, else the chain's first (standard) or first stock-Windows face. */
export function resolveFaces(settings: DocxSettings): ResolvedFaces {
  const pick = (role: FaceRole): string => {
    const chain: readonly string[] = FACE_CHAINS[role];
    const explicit = settings.faces[role];
    if (explicit) return explicit;
    const first = chain[0] as string;
    if (settings.faceChoice === 'standard') return first;
    return chain.find((f) => STOCK_WINDOWS_FACES.includes(f)) ?? first;
  };
  return Object.fromEntries(FACE_ROLES.map((role) => [role, pick(role)])) as ResolvedFaces;
}

/** The faces to fall back on after `face` in its role's chain (written as the font table's alternate name). */
export function fallbacksOf(role: FaceRole, face: string): string[] {
  const chain: readonly string[] = FACE_CHAINS[role];
  const at = chain.indexOf(face);
  return at < 0 ? [] : chain.slice(at + 1);
}
