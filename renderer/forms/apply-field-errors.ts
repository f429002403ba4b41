import type { FormInstance } from 'antd';
import type { AppError } from '../../shared/errors';
import type { FieldLabels } from '../../shared/validation/format-issues';

type NamePath = string | (string | number)[];

/**
 * Where a backend path belongs in the form. "tags.2" points into a list that the form edits as one
 * box, so the first segment names the box. A list edited row by row (`rowLists`, e.g. metrics) keeps
 * the row and the part: "metrics.1.value" goes under the 数值 box of the second row.
 */
function target(path: string, fieldNames: readonly string[], rowLists: readonly string[]): NamePath | null {
  const parts = path.split('.');
  const name = parts[0] ?? '';
  if (!fieldNames.includes(name)) return null;
  if (rowLists.includes(name) && parts.length >= 3 && /^\d+$/.test(parts[1] ?? '')) return [name, Number(parts[1]), parts[2] ?? ''];
  return name;
}

/**
 * Puts the backend's per-field messages under the boxes they belong to. The backend prefixes each
 * message with the box's label ("事项标题：不能为空"); under the box itself that label is already
 * in view, so it is dropped there and kept in the summary alert.
 */
export function applyFieldErrors(
  form: FormInstance,
  err: AppError,
  fieldNames: readonly string[],
  labels: FieldLabels,
  rowLists: readonly string[] = [],
): void {
  const byField = new Map<string, { name: NamePath; errors: string[] }>();
  for (const [path, text] of Object.entries(err.fields ?? {})) {
    const name = target(path, fieldNames, rowLists);
    if (name === null) continue;
    const key = JSON.stringify(name);
    // A row part's message starts "指标第2项数值："; the row and the box already say that.
    const prefix = typeof name === 'string' ? (labels[name] ? `${labels[name]}：` : '') : (/^[^：]*：/.exec(text)?.[0] ?? '');
    const shown = prefix && text.startsWith(prefix) ? text.slice(prefix.length) : text;
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(shown);
    byField.set(key, entry);
  }
  form.setFields([...byField.values()]);
}
