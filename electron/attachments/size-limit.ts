/** "200 MB", or bytes when the limit is not a whole number of megabytes (tests use tiny limits). */
export function describeByteLimit(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  return Number.isInteger(mb) ? `${mb} MB` : `${bytes} 字节`;
}
