import type { PackageManifest } from '../../shared/domain/data-package';
import type { MergeEntry } from './merge-entry';

// Who sent a package, and what that lets it do here. A package's identity is the origin id its
// manifest states (the exporting folder's 单位标识). A package from an older build states none: it is
// known by its unit name, as 'name:<单位名称>' — the identity migration 0010 gave to every entry merged
// before ids existed — so those units are still recognised, but never as this unit itself.
// An id is an identity, not a secret: it stops another unit's package from overwriting entries by
// reusing their ids, and a package from passing for this unit; it does not stop a forger who copies
// a manifest by hand (nothing offline could).

export interface PackageSender {
  /** The stated origin id, or 'name:<单位名称>' for a package without one. */
  id: string;
  /** The package's unit name (trimmed). */
  name: string;
  /** Whether the manifest stated an origin id. */
  stated: boolean;
}

/** This data folder, as a merge compares a sender with it. */
export interface LocalUnit {
  /** Our origin id; null while this folder has never written a package (then no package can carry it). */
  id: string | null;
  name: string;
}

/** The identity of a unit known only by its name (older packages, entries merged before ids). */
export function nameOriginId(name: string): string {
  return `name:${name}`;
}

export function packageSender(manifest: PackageManifest, unitName: string): PackageSender {
  const name = unitName.trim();
  return manifest.originId ? { id: manifest.originId, name, stated: true } : { id: nameOriginId(name), name, stated: false };
}

/**
 * Why a merge must refuse the package before writing anything, or null. A package may not pass for
 * this unit: same origin id as ours, or no id and our name. (Replacing, to move to a new computer,
 * stays possible.)
 */
export function mergeRefusal(sender: PackageSender, local: LocalUnit): string | null {
  if (!sender.name) {
    return '数据包里没有填写单位名称，合并后无法区分这些台账来自哪个单位。请导出方在“设置 → 单位信息”中填写单位名称后重新导出。';
  }
  if (sender.stated && local.id !== null && sender.id === local.id) {
    return '它来自本单位自己（单位标识与本机相同：是本机导出的，或由本机的数据复制而来），不能作为其他单位的台账合并进来。如果要用它换掉本机数据，请选择“替换本机数据”。';
  }
  if (!sender.stated && sender.name === local.name) {
    return `它由旧版本的法治台账导出，没有单位标识，而单位名称“${sender.name}”与本单位同名，无法确认它不是本单位自己的数据，不能合并。请导出方升级到本版本后重新导出；如果它就是本单位的数据，请选择“替换本机数据”。`;
  }
  return null;
}

/**
 * Whether a package from `sender` may overwrite an entry held here under `ownerId`: only the unit
 * that sent it (same id, or the same name for an entry known only by name). This unit's own entries
 * ('') are never overwritten by a package.
 */
export function mayUpdate(ownerId: string, sender: PackageSender): boolean {
  if (ownerId === '') return false;
  return ownerId === sender.id || ownerId === nameOriginId(sender.name);
}

/** The merge_base keys that may hold what this sender last sent: its id, then (a stated id's first merge) its name. */
export function baseKeys(sender: PackageSender): string[] {
  return sender.stated ? [sender.id, nameOriginId(sender.name)] : [sender.id];
}

/**
 * The 来源 an incoming entry is shown with: the sender's name for its own entries, the unit it says
 * it came from for one it had itself merged (a consolidation passed on). An entry that says it is
 * ours is shown as the sender's: a package cannot make entries this unit's own.
 */
export function originLabel(entry: MergeEntry, sender: PackageSender, local: LocalUnit): string {
  const claimsOurs = entry.origin === local.name || (local.id !== null && entry.originId === local.id);
  return entry.origin === '' || claimsOurs ? sender.name : entry.origin;
}
