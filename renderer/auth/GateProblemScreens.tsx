import { Button, Result } from 'antd';
import { AuthCover } from './AuthCover';

// What the page shows instead of the app when the host cannot be reached or runs another version.

export function OutdatedScreen({ message }: { message: string }) {
  return (
    <AuthCover width={480}>
      <Result
        status="info"
        title="请刷新页面"
        subTitle={message}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    </AuthCover>
  );
}

export function UnreachableScreen({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <AuthCover width={480}>
      <Result status="warning" title="暂时连不上法治台账" subTitle={message} extra={<Button onClick={onRetry}>重试</Button>} />
    </AuthCover>
  );
}
