import { describeByteLimit } from '../attachments/size-limit';

// What a data package may be. Our writer has no ZIP64, so a package is under 4 GB anyway; the unpacked
// limit stops a small file that expands without end (a "zip bomb") long before the disk fills.

export interface PackageLimits {
  /** All entries together, unpacked. */
  maxUnpackedBytes: number;
  /** Unpacked size ÷ packed size of one entry, checked for entries above `ratioCheckedAbove`. */
  maxRatio: number;
  ratioCheckedAbove: number;
  maxManifestBytes: number;
}

export const PACKAGE_LIMITS: PackageLimits = {
  maxUnpackedBytes: 3 * 1024 * 1024 * 1024,
  // Deflate reaches about 1000:1 only on runs of one byte; a real database or photo stays far below 100:1.
  maxRatio: 200,
  ratioCheckedAbove: 1024 * 1024,
  maxManifestBytes: 16 * 1024 * 1024,
};

export function describeUnpackedLimit(limits: PackageLimits): string {
  return limits.maxUnpackedBytes >= 1024 ** 3 && limits.maxUnpackedBytes % 1024 ** 3 === 0
    ? `${limits.maxUnpackedBytes / 1024 ** 3} GB`
    : describeByteLimit(limits.maxUnpackedBytes);
}

/** The largest package file accepted (upload or command line): what one .zip without ZIP64 can hold. */
export const PACKAGE_MAX_BYTES = 4000 * 1024 * 1024;
