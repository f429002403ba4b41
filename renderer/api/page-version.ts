import { version } from '../../package.json';

// The version this page was built as. Sent on every request to the host (X-Fazhi-Version): a
// colleague's tab left open across an upgrade of the host is then told to reload instead of
// speaking an older contract. Only `version` is bundled (a named JSON import is tree-shaken).
export const PAGE_VERSION: string = version;
