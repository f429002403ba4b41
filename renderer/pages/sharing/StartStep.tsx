import { Alert, Button, Form, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { DEFAULT_SHARING_PORT } from '../../../shared/domain/sharing';
import { call } from '../../api/client';
import { toAppError } from '../../forms/to-app-error';
import { announceSharing } from './sharing-events';

// Step 3: start host mode from this program (sharing.start): colleagues then open this machine's
// address. The page switches to the 局域网共享已开启 panel (SharingGate). For a host without a
// desktop session (a server with no screen), `fazhi serve` does the same from the command line.

interface Props {
  dataDir: string;
  /** Without an enabled 管理员 sharing does not start (nobody could manage the accounts). */
  hasAdmin: boolean;
  /** Every step done; sharing may start before step 2, with a word of what that means. */
  ready: boolean;
}

/** The folder as typed after --data: quoted when it has spaces (as Windows paths often do). */
function folderArg(dir: string): string {
  return /\s/.test(dir) ? `"${dir}"` : dir;
}

export function StartStep({ dataDir, hasAdmin, ready }: Props) {
  const [port, setPort] = useState<number | null>(DEFAULT_SHARING_PORT);
  const [starting, setStarting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const command = `fazhi serve --data ${folderArg(dataDir)} --port ${port ?? DEFAULT_SHARING_PORT}`;

  const start = async () => {
    setProblem(undefined);
    if (port === null) {
      setProblem('请填写端口（1—65535 的整数，一般用 8080）。');
      return;
    }
    setStarting(true);
    try {
      announceSharing(await call('sharing.start', { port }));
    } catch (err) {
      setProblem(toAppError(err).message);
      setStarting(false);
    }
  };

  return (
    <>
      {!hasAdmin && <Alert type="warning" showIcon title="请先完成第1步：没有管理员时无法开启局域网共享。" style={{ marginBottom: 12 }} />}
      {hasAdmin && !ready && <Alert type="info" showIcon title="第2步还没有完成：原有台账中没有归属科室的，录入员看不到，只有审核员能看到。也可以先开启共享，以后再指定。" style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>开启后，同事在自己的电脑上用浏览器打开本机的地址，用各自的账户登录；本机也改为在浏览器中用账户登录使用。停止共享后本程序恢复原样。</Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12, maxWidth: 720 }} />}
      <Form layout="inline" style={{ marginBottom: 16 }} onFinish={() => void start()}>
        <Form.Item label="端口" htmlFor="sharing-port" extra="一般不用改；被其他程序占用时换一个，例如 8081">
          <InputNumber id="sharing-port" min={1} max={65535} precision={0} value={port} onChange={(v) => setPort(typeof v === 'number' ? v : null)} style={{ width: 120 }} disabled={!hasAdmin} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={starting} disabled={!hasAdmin}>
            开启局域网共享
          </Button>
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        没有桌面的电脑（例如机房的服务器）上，也可以不打开本程序，在命令行运行{' '}
        <Typography.Text code copyable={{ text: command, tooltips: ['复制', '已复制'] }}>
          {command}
        </Typography.Text>
        ，再把显示的地址告诉同事（同一数据文件夹同时只能由一个程序使用，运行前请关闭本程序）。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">同事的浏览器须为 Chrome 109 及以上或 Firefox 115 及以上（Windows 7 可用这两个版本）。</Typography.Paragraph>
    </>
  );
}
