// A template file is read in the page and its text sent to report.templates.import: it is a few
// kilobytes of JSON, so it needs no upload route. The limit matches the operation's.

export const TEMPLATE_FILE_MAX_BYTES = 1_000_000;

export type ReadTemplateFile = { ok: true; text: string; nameInFile: string | undefined } | { ok: false; message: string };

export async function readTemplateFile(file: File): Promise<ReadTemplateFile> {
  if (file.size > TEMPLATE_FILE_MAX_BYTES) {
    return { ok: false, message: `“${file.name}”有${(file.size / 1_000_000).toFixed(1)}MB，不像报告模板文件（模板文件不超过1MB，通常只有几KB）。` };
  }
  const text = await file.text();
  let nameInFile: string | undefined;
  try {
    const parsed = JSON.parse(text) as { name?: unknown };
    if (typeof parsed.name === 'string') nameInFile = parsed.name.trim();
  } catch {
    // The operation names what is wrong with the file; here only the name is wanted.
  }
  return { ok: true, text, nameInFile };
}
