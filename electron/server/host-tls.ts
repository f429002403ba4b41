import fs from 'node:fs';
import tls from 'node:tls';
import { AppError } from '../../shared/errors';

// The certificate and key for https:// on the LAN (a unit's own, or one made with openssl), read and
// checked before the server starts so a wrong file is named in Chinese rather than by OpenSSL.

export interface TlsFiles {
  /** PEM certificate file (the chain, when there is one). */
  cert: string;
  /** PEM private key file, not protected by a passphrase. */
  key: string;
}

function readPem(file: string, what: string, flag: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const named = `${what}“${file}”`;
    const why =
      code === 'ENOENT' ? `找不到${named}` : code === 'EACCES' || code === 'EPERM' ? `没有权限读取${named}` : code === 'EISDIR' ? `${named}是一个文件夹，不是文件` : `无法读取${named}（${code ?? '未知原因'}）`;
    throw new AppError('invalid_input', `${why}。请检查 ${flag} 后面的路径。`);
  }
}

export function loadTls(files: TlsFiles): { cert: Buffer; key: Buffer } {
  const cert = readPem(files.cert, '证书文件', '--cert');
  const key = readPem(files.key, '私钥文件', '--key');
  try {
    // Parses both and checks that the key belongs to the certificate.
    tls.createSecureContext({ cert, key });
  } catch {
    throw new AppError(
      'invalid_input',
      `证书“${files.cert}”或私钥“${files.key}”无法使用：两者都应是 PEM 格式（以 -----BEGIN 开头的文本文件），私钥不能设密码，且须与证书配对。`,
    );
  }
  return { cert, key };
}
