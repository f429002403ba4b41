import type { AppErrorData } from '../../shared/errors';

// Browser mode refuses (401) any request without this launch's cookie: the page was opened without
// the printed token, or the program has restarted since and its old secret is gone.

export const SESSION_LOST_STATUS = 401;

export const SESSION_LOST_MESSAGE =
  '本页面没有法治台账本次启动的访问口令（多半是程序重新启动过），刚才的操作没有执行。请打开程序启动时新显示的地址（带 ?token=…），再重做一次。';

export const SESSION_LOST: AppErrorData = { code: 'forbidden', message: SESSION_LOST_MESSAGE };
