// Where files come back from. Relative, like the upload, so browser mode and the desktop shell agree.

export function fileUrl(attachmentId: string): string {
  return `files/${encodeURIComponent(attachmentId)}`;
}

export function thumbnailUrl(attachmentId: string): string {
  return `files/${encodeURIComponent(attachmentId)}/thumbnail`;
}

export function exportUrl(exportId: string, fileName: string): string {
  return `exports/${encodeURIComponent(exportId)}?name=${encodeURIComponent(fileName)}`;
}

/** Saves a file the way a link with `download` does: the browser's (or the shell's) own download. */
export function startDownload(url: string, fileName?: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName ?? '';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
