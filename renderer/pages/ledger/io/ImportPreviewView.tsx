import type { Category } from '../../../../shared/domain/category';
import type { ImportPreview } from '../../../../shared/domain/ledger-io';
import type { RowCategories } from './import-choices';
import { ImportProblemTable } from './ImportProblemTable';
import { ImportRowsTable } from './ImportRowsTable';

interface Props {
  preview: ImportPreview;
  categories: readonly Category[];
  picked: RowCategories;
  needsCategory: number;
  onPick: (row: number, categoryId: number) => void;
}

/** What the import would do with the rows, before anything is written. */
export function ImportPreviewView({ preview: p, categories, picked, needsCategory, onPick }: Props) {
  return (
    <>
      <ImportProblemTable title="有错误的行（不会导入）" rows={p.errors} tone="danger" withCells />
      <ImportProblemTable title="重复的行（台账中已有，不会再导入）" rows={p.duplicates} tone="warning" />
      <ImportRowsTable rows={p.rows} categories={categories} picked={picked} needsCategory={needsCategory} onPick={onPick} />
    </>
  );
}
