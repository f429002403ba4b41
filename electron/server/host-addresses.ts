import os from 'node:os';

// What the host prints for colleagues: one address per network card (IPv4, not loopback), since
// which of them a colleague's machine can reach depends on the office's network.

export function lanAddresses(port: number, secure: boolean, interfaces: ReturnType<typeof os.networkInterfaces> = os.networkInterfaces()): string[] {
  const scheme = secure ? 'https' : 'http';
  const found = new Set<string>();
  for (const list of Object.values(interfaces)) {
    for (const item of list ?? []) {
      // Node 18.0–18.3 gave family as a number.
      const v4 = item.family === 'IPv4' || (item.family as unknown) === 4;
      if (v4 && !item.internal) found.add(`${scheme}://${item.address}:${port}/`);
    }
  }
  return [...found];
}
