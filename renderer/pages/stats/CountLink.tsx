import { Button } from 'antd';

/** A figure that lists its entries when clicked; 0 lists nothing, so it is plain text. */
export function CountLink({ value, label, onOpen }: { value: string | number; label: string; onOpen: () => void }) {
  if (value === 0 || value === '') return <span>{value}</span>;
  return (
    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} aria-label={label} onClick={onOpen}>
      {value}
    </Button>
  );
}
