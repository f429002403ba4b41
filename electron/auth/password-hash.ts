import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { BinaryLike, ScryptOptions } from 'node:crypto';

// Passwords are kept as scrypt hashes (Node's own crypto: nothing native to download for Windows 7
// or LoongArch hosts). The parameters travel with each hash, so a later build can raise the cost
// and still verify the passwords set before.
//   scrypt$N$r$p$salt_b64$hash_b64

const N = 2 ** 15;
const R = 8;
const P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;

// Bounds for parameters read back from the store: a hand-edited row must not make one login
// allocate gigabytes or spin for minutes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/** scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is exactly that for our N, r, so leave room. */
function maxmemFor(n: number, r: number): number {
  return 128 * n * r * 2;
}

function derive(password: BinaryLike, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, length, options, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password.normalize('NFC'), salt, KEY_BYTES, { N, r: R, p: P, maxmem: maxmemFor(N, R) });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

interface Parsed {
  n: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function whole(text: string, max: number): number | null {
  if (!/^[1-9]\d{0,7}$/.test(text)) return null;
  const value = Number(text);
  return value <= max ? value : null;
}

function parse(stored: string): Parsed | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [, nText, rText, pText, saltText, keyText] = parts as [string, string, string, string, string, string];
  const n = whole(nText, MAX_N);
  const r = whole(rText, MAX_R);
  const p = whole(pText, MAX_P);
  if (n === null || r === null || p === null || n < 2 || (n & (n - 1)) !== 0) return null;
  if (!BASE64.test(saltText) || !BASE64.test(keyText)) return null;
  const salt = Buffer.from(saltText, 'base64');
  const key = Buffer.from(keyText, 'base64');
  if (salt.length < 8 || key.length < 16 || key.length > 128) return null;
  return { n, r, p, salt, key };
}

/** True only when `stored` is a well-formed hash of `password`; anything malformed is simply false. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  let key: Buffer;
  try {
    key = await derive(password.normalize('NFC'), parsed.salt, parsed.key.length, { N: parsed.n, r: parsed.r, p: parsed.p, maxmem: maxmemFor(parsed.n, parsed.r) });
  } catch {
    return false;
  }
  return timingSafeEqual(key, parsed.key);
}
