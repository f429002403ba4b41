import { AppError } from '../../shared/errors';
import { admitName } from '../attachments/file-intake';
import { IntakeRefusal } from '../attachments/intake-refusal';
import { shownName } from '../attachments/safe-file-name';
import type { MergeAttachment } from './merge-entry';

/**
 * The name and MIME type an incoming attachment is written with. A package's attachments have been
 * through the intake already (package-attachments.ts); this holds content kept from before it — a
 * conflict stored by an older version and settled with 采用导入 — to the same name rules.
 */
export function incomingAttachment(x: MergeAttachment): { originalName: string; mime: string } {
  try {
    const admitted = admitName(x.originalName);
    return { originalName: admitted.name, mime: admitted.type.mime };
  } catch (err) {
    if (!(err instanceof IntakeRefusal)) throw err;
    throw new AppError(
      'conflict',
      `导入的内容中有佐证材料“${shownName(String(x.originalName))}”，它不是可以导入的文件类型（可能是程序或脚本），没有写入。请选择保留本机内容，需要时请对方删除这份材料后重新导出。`,
    );
  }
}
