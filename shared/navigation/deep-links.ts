// Addresses inside the app, as hashes, so a finding or a chart can send the person to the exact place
// where a thing is fixed: one entry's drawer, the ledger filtered, a field of the year's narrative.
// The pages read the part after '?' once and then clean it from the address.

export type NarrativeFieldKey = 'problems' | 'plans' | 'other' | 'dutiesParagraph' | 'superior' | 'preface';

export type DeepLink =
  | { to: 'entry'; id: string; tab?: 'evidence' }
  | { to: 'ledger'; year: number; category?: string; evidence?: 'missing' }
  | { to: 'narrative'; year: number; field: NarrativeFieldKey }
  /** The 年报 page of that year with 管理模板 open. */
  | { to: 'templates'; year: number }
  /** The 年报 page of that year: the preview, where the user's edits are changed. */
  | { to: 'report'; year: number };

function query(pairs: readonly [string, string | number | undefined][]): string {
  return pairs
    .filter((p): p is [string, string | number] => p[1] !== undefined && p[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
}

export function deepLinkHash(link: DeepLink): string {
  switch (link.to) {
    case 'entry':
      return `#/ledger?${query([['entry', link.id], ['tab', link.tab]])}`;
    case 'ledger':
      return `#/ledger?${query([['year', link.year], ['category', link.category], ['evidence', link.evidence]])}`;
    case 'narrative':
      return `#/report?${query([['year', link.year], ['narrative', link.field]])}`;
    case 'templates':
      return `#/report?${query([['year', link.year], ['open', 'templates']])}`;
    case 'report':
      return `#/report?${query([['year', link.year]])}`;
  }
}

/** What follows '?' in a hash such as "#/ledger?entry=…", as name → value (a bad escape is kept as typed). */
export function hashQuery(hash: string): Record<string, string> {
  const at = hash.indexOf('?');
  const out: Record<string, string> = {};
  if (at < 0) return out;
  for (const part of hash.slice(at + 1).split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const decode = (v: string) => {
      try {
        return decodeURIComponent(v.replace(/\+/g, ' '));
      } catch {
        return v;
      }
    };
    out[decode(part.slice(0, eq))] = decode(part.slice(eq + 1));
  }
  return out;
}

/**
 * The query of a link to this page only ("#/ledger?year=2025" for 'ledger'); {} for any other page's.
 * Each page that reads links listens to every address change, and must not take another page's link.
 */
export function linkQueryFor(page: 'ledger' | 'report', hash: string): Record<string, string> {
  return pageOfHash(hash) === page ? hashQuery(hash) : {};
}

/** The page a hash names: "ledger" for "#/ledger?year=2025", "" for "#/" or no hash. */
export function pageOfHash(hash: string): string {
  return hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
}
