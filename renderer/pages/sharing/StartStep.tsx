import { Alert, Typography } from 'antd';

// Step 3: how to start host mode. `fazhi serve` runs on this computer and prints the address
// colleagues open; the page cannot start it (the desktop window and local browser mode serve only
// this machine).

interface Props {
  dataDir: string;
  ready: boolean;
}

/** The folder as typed after --data: quoted when it has spaces (as Windows paths often do). */
function folderArg(dir: string): string {
  return /\s/.test(dir) ? `"${dir}"` : dir;
}

export function StartStep({ dataDir, ready }: Props) {
  const command = `fazhi serve --data ${folderArg(dataDir)} --port 8080`;
  return (
    <>
      {!ready && <Alert type="warning" showIcon title="请先完成上面的步骤：没有管理员时无法启动局域网共享。" style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>
        在这台电脑上运行 <Typography.Text code copyable={{ text: command, tooltips: ['复制', '已复制'] }}>{command}</Typography.Text>
        ，然后把显示的地址告诉同事。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        运行前请先关闭本程序（同一数据文件夹同时只能由一个程序使用）。同事在自己的电脑上用浏览器打开该地址并登录，浏览器须为 Chrome 109 及以上或 Firefox 115 及以上（Windows 7 可用这两个版本）。
      </Typography.Paragraph>
    </>
  );
}
