import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PackageManifest } from '../../shared/domain/data-package';
import { PACKAGE_DATABASE_ENTRY, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, PACKAGE_MANIFEST_ENTRY, packageManifestSchema } from '../../shared/domain/data-package';
import type { AppError } from '../../shared/errors';
import { describeByteLimit } from '../attachments/size-limit';
import { LATEST_SCHEMA_VERSION } from '../store/migrations';
import { storageProblemOf } from '../store/storage-errors';
import { EntrySizeMismatch, extractEntry } from './extract-entry';
import { packageRefused } from './package-error';
import type { PackageLimits } from './package-limits';
import { describeUnpackedLimit, PACKAGE_LIMITS } from './package-limits';
import type { ZipEntry } from './zip-directory';
import { readZipDirectory, ZipDirectoryError } from './zip-directory';
import { isDirectory, isEncrypted, isSupportedMethod, isSymlink, unsafeName } from './zip-entry-rules';

// Everything a package must pass before the store is touched. All of it happens in a work folder
// of our own, under names we choose: the archive's names are only compared with the manifest's.

/** An attachment file the manifest lists, still in the archive. */
interface PackedBlob {
  entry: ZipEntry;
  path: string;
  sha256: string;
}

export interface UnpackedPackage {
  manifest: PackageManifest;
  /** The package's database, unpacked and hash-checked (not yet opened). */
  databaseFile: string;
  /**
   * Attachment files unpacked so far (by unpackBlobs), by SHA-256, each checked against the manifest
   * and against its own name. Files no attachment row names are never unpacked.
   */
  blobFiles: Map<string, string>;
  /** Every attachment file the manifest lists, by SHA-256, still packed. */
  packedBlobs: ReadonlyMap<string, PackedBlob>;
  zipFile: string;
  fileName: string;
  workDir: string;
}

const BLOB_PATH = /^attachments\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

export function packageWorkRoot(dataDir: string): string {
  return path.join(dataDir, 'package-work');
}

const WORK_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/** Work folders are removed when their import ends; one left by a crash goes once it is a day old. */
export function cleanStaleWork(dataDir: string, nowMs: number = Date.now()): void {
  const root = packageWorkRoot(dataDir);
  if (!fs.existsSync(root)) return;
  for (const name of fs.readdirSync(root)) {
    const dir = path.join(root, name);
    try {
      if (nowMs - fs.statSync(dir).mtimeMs > WORK_MAX_AGE_MS) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Gone meanwhile or locked: next time.
    }
  }
}

function directoryOf(zipFile: string, fileName: string): ZipEntry[] {
  try {
    return readZipDirectory(zipFile).entries;
  } catch (err) {
    if (err instanceof ZipDirectoryError) {
      if (err.problem === 'not_zip') throw packageRefused(fileName, '这个文件不是 .zip 数据包。请选择在“数据包与汇总”中导出的文件。');
      if (err.problem === 'zip64') throw packageRefused(fileName, '这个压缩包使用了本程序不支持的 ZIP64 格式，不是本程序导出的数据包。');
      throw packageRefused(fileName, '文件不完整或已损坏（可能在复制、下载或用 U 盘拷贝时被截断）。请重新导出或重新拷贝一份。');
    }
    throw err;
  }
}

function checkEntries(entries: readonly ZipEntry[], fileName: string, limits: PackageLimits): void {
  const seen = new Set<string>();
  let total = 0;
  for (const e of entries) {
    const unsafe = unsafeName(e.name);
    if (unsafe) throw packageRefused(fileName, `${unsafe}，这样的压缩包可能把文件写到数据文件夹以外，已拒绝。`);
    if (isSymlink(e)) throw packageRefused(fileName, `其中的“${e.name}”是符号链接，数据包里不应有符号链接，已拒绝。`);
    if (isEncrypted(e)) throw packageRefused(fileName, `其中的“${e.name}”加了密码，本程序导出的数据包不加密。`);
    if (!isSupportedMethod(e)) throw packageRefused(fileName, `其中的“${e.name}”使用了不支持的压缩方式。`);
    if (seen.has(e.name)) throw packageRefused(fileName, `“${e.name}”在压缩包中出现了两次。`);
    seen.add(e.name);
    total += e.size;
    if (total > limits.maxUnpackedBytes) {
      throw packageRefused(fileName, `解压后超过 ${describeUnpackedLimit(limits)} 的上限（可能是恶意构造的“压缩炸弹”）。`);
    }
    if (e.size > limits.ratioCheckedAbove && e.size > e.packedSize * limits.maxRatio) {
      throw packageRefused(
        fileName,
        `其中的“${e.name}”压缩比异常（超过 ${limits.maxRatio} 倍，解压后 ${describeByteLimit(e.size)}），可能是恶意构造的“压缩炸弹”。`,
      );
    }
  }
}

function parseManifest(text: string, fileName: string): PackageManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw packageRefused(fileName, '清单 manifest.json 不是有效的 JSON，数据包已损坏。');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== PACKAGE_FORMAT) throw packageRefused(fileName, '清单 manifest.json 不是法治台账数据包的清单。');
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > PACKAGE_FORMAT_VERSION) {
    throw packageRefused(fileName, `它来自更新版本的法治台账（数据包格式 ${version}，本程序只认识到 ${PACKAGE_FORMAT_VERSION}）。请先升级本程序。`);
  }
  const schema = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof schema === 'number' && schema > LATEST_SCHEMA_VERSION) {
    throw packageRefused(fileName, `它来自更新版本的法治台账（数据版本 ${schema}，本程序只认识到 ${LATEST_SCHEMA_VERSION}）。请先升级本程序。`);
  }
  const parsed = packageManifestSchema.safeParse(json);
  if (!parsed.success) throw packageRefused(fileName, '清单 manifest.json 的内容不完整或格式不对。');
  return parsed.data;
}

async function unpack(zipFile: string, entry: ZipEntry, target: string, fileName: string): Promise<string> {
  try {
    return await extractEntry(zipFile, entry, target);
  } catch (err) {
    if (err instanceof EntrySizeMismatch) throw packageRefused(fileName, `其中的“${entry.name}”实际大小与压缩包记录的不符，数据包已损坏或被篡改。`);
    // A full or read-only data folder is not the package's fault: the registry names the folder.
    if (storageProblemOf(err)) throw err;
    throw packageRefused(fileName, `解压“${entry.name}”时出错（${(err as Error).message}），文件不完整或已损坏。`);
  }
}

/**
 * Checks a package and unpacks its manifest and database into a fresh work folder: safe entry names
 * only, no symlinks, the unpacked size and each entry's ratio within limits, a manifest that is ours
 * and not from a newer version, exactly the files it names, each with the size it states, the
 * database with the SHA-256 it states. Attachment files stay packed until unpackBlobs is asked for
 * the ones the database's rows name. Throws a Chinese AppError on the first problem and leaves no work
 * folder behind.
 */
export async function unpackPackage(zipFile: string, fileName: string, dataDir: string, limits: PackageLimits = PACKAGE_LIMITS): Promise<UnpackedPackage> {
  const entries = directoryOf(zipFile, fileName);
  checkEntries(entries, fileName, limits);
  const byName = new Map(entries.filter((e) => !isDirectory(e)).map((e) => [e.name, e]));
  const manifestEntry = byName.get(PACKAGE_MANIFEST_ENTRY);
  if (!manifestEntry) throw packageRefused(fileName, '里面没有清单 manifest.json，不是法治台账导出的数据包。');
  if (manifestEntry.size > limits.maxManifestBytes) throw packageRefused(fileName, `清单 manifest.json 超过 ${describeByteLimit(limits.maxManifestBytes)}，不是正常的数据包。`);

  cleanStaleWork(dataDir);
  fs.mkdirSync(packageWorkRoot(dataDir), { recursive: true });
  const workDir = path.join(packageWorkRoot(dataDir), randomUUID());
  fs.mkdirSync(path.join(workDir, 'blobs'), { recursive: true });
  try {
    const manifestFile = path.join(workDir, 'manifest.json');
    await unpack(zipFile, manifestEntry, manifestFile, fileName);
    const manifest = parseManifest(fs.readFileSync(manifestFile, 'utf8'), fileName);

    const listed = new Set(manifest.files.map((f) => f.path));
    if (!listed.has(PACKAGE_DATABASE_ENTRY)) throw packageRefused(fileName, '清单里没有数据文件 fazhi.db。');
    for (const name of byName.keys()) {
      if (name !== PACKAGE_MANIFEST_ENTRY && !listed.has(name)) throw packageRefused(fileName, `其中的“${name}”不在清单中，数据包被改动过。`);
    }
    const packedBlobs = new Map<string, PackedBlob>();
    let databaseFile = '';
    for (const f of manifest.files) {
      const entry = byName.get(f.path);
      if (!entry) throw packageRefused(fileName, `清单列出的“${f.path}”不在压缩包中，数据包不完整。`);
      const blob = BLOB_PATH.exec(f.path);
      if (f.path !== PACKAGE_DATABASE_ENTRY && (!blob || blob[2]?.slice(0, 2) !== blob[1])) {
        throw packageRefused(fileName, `清单中的“${f.path}”不是数据包应有的文件。`);
      }
      if (entry.size !== f.size) throw packageRefused(fileName, `“${f.path}”的大小与清单记录的不符，数据包已损坏或被篡改。`);
      if (blob) {
        packedBlobs.set(blob[2] as string, { entry, path: f.path, sha256: f.sha256 });
        continue;
      }
      const target = path.join(workDir, 'package.db');
      if ((await unpack(zipFile, entry, target, fileName)) !== f.sha256) throw hashMismatch(fileName, f.path);
      databaseFile = target;
    }
    return { manifest, databaseFile, blobFiles: new Map(), packedBlobs, zipFile, fileName, workDir };
  } catch (err) {
    fs.rmSync(workDir, { recursive: true, force: true });
    throw err;
  }
}

function hashMismatch(fileName: string, inner: string): AppError {
  return packageRefused(fileName, `“${inner}”的校验值（SHA-256）与清单记录的不符，数据包已损坏或被篡改。`);
}

/**
 * Unpacks the attachment files wanted (the ones the package's rows name) that the package carries,
 * each checked against the manifest's SHA-256 and against its own name. A wanted file the package
 * does not carry is simply not there (the exporting folder had lost it: the manifest's missingFiles).
 * The caller removes the work folder on failure, as for everything else in it.
 */
export async function unpackBlobs(p: UnpackedPackage, wanted: Iterable<string>): Promise<void> {
  for (const sha256 of wanted) {
    const packed = p.packedBlobs.get(sha256);
    if (!packed || p.blobFiles.has(sha256)) continue;
    const target = path.join(p.workDir, 'blobs', sha256);
    const actual = await unpack(p.zipFile, packed.entry, target, p.fileName);
    if (actual !== packed.sha256) throw hashMismatch(p.fileName, packed.path);
    if (actual !== sha256) throw packageRefused(p.fileName, `佐证材料“${packed.path}”的内容与它的校验值名称不符，数据包被篡改过。`);
    p.blobFiles.set(sha256, target);
  }
}
