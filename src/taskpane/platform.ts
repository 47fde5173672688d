/**
 * Where the pane runs, as far as downloads are concerned. Excel for Mac (desktop) cannot save a
 * file offered by a task pane; Excel on the web and on Windows can. Office reports the platform
 * as Office.context.platform ("Mac" for Office.PlatformType.Mac) and, on older builds, only as
 * Office.context.diagnostics.platform.
 */
export interface PlatformInfo {
  platform?: unknown;
  diagnosticsPlatform?: unknown;
}

/**
 * True where the pane cannot hand the user a file: Excel for Mac desktop and Excel on iPad
 * (Office reports "iOS", Office.PlatformType.iOS); there the pane points to the drafts sheet.
 */
export function isMacDesktop(info: PlatformInfo): boolean {
  return NO_DOWNLOADS.has(String(info.platform)) || NO_DOWNLOADS.has(String(info.diagnosticsPlatform));
}

const NO_DOWNLOADS = new Set(['Mac', 'iOS']);

interface OfficeLike {
  context?: { platform?: unknown; diagnostics?: { platform?: unknown } | null } | null;
}

/** Reads the platform from office.js without assuming it is loaded (a plain browser has none). */
export function officePlatformInfo(office: OfficeLike | undefined): PlatformInfo {
  try {
    const ctx = office?.context;
    return { platform: ctx?.platform, diagnosticsPlatform: ctx?.diagnostics?.platform };
  } catch {
    // Office throws on some properties before onReady; treat as unknown (downloads allowed).
    return {};
  }
}

/** The demo's "?platform=mac": lets a browser (and a test) see the pane as Excel for Mac shows it. */
export function platformFromQuery(search: string): PlatformInfo {
  const p = new URLSearchParams(search).get('platform');
  return p && p.toLowerCase() === 'mac' ? { platform: 'Mac' } : {};
}

/** A file the pane offers to the user: its name, bytes or text, and MIME type. */
export interface OfferedFile {
  name: string;
  data: Uint8Array | string;
  mimeType: string;
}

/**
 * Offers a file as a browser download (Excel on the web and Windows, the demo). The pane never
 * calls this where isMacDesktop holds: it fills a sheet there instead.
 */
export function downloadFile(file: OfferedFile, doc: Document = document): void {
  const blob = new Blob([file.data as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
