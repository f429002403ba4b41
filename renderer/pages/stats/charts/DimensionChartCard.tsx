import { PictureOutlined } from '@ant-design/icons';
import { App, Button, Card, Typography, theme } from 'antd';
import type { EChartsType } from 'echarts/core';
import { useMemo, useRef } from 'react';
import type { StatsDimension } from '../../../../shared/domain/stats';
import { startDownload } from '../../../api/file-urls';
import type { DrillRequest } from '../drill-request';
import { barOption } from './bar-option';
import { EChart } from './EChart';

interface Props {
  /** 按月份, 按类别 …: the card's title and the picture's name. */
  title: string;
  year: number;
  dimension: StatsDimension;
  horizontal: boolean;
  onDrill: (request: DrillRequest) => void;
  /** How a row is named in the drawer's title: "3月" → "2024年3月", "行政执法" → "2024年 · 行政执法". */
  drillTitle: (year: number, label: string) => string;
  /** A line under the bars, e.g. why the months do not add up to the year (月份不详). */
  footnote?: string | null;
}

const ROW_HEIGHT = 30;

/** One dimension's bars, this year against last; a click lists the entries behind a bar. */
export function DimensionChartCard({ title, year, dimension, horizontal, onDrill, drillTitle, footnote }: Props) {
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const chart = useRef<EChartsType | null>(null);
  const rows = dimension.rows;
  const option = useMemo(
    () =>
      barOption(
        { year, horizontal, labels: rows.map((r) => r.label), current: rows.map((r) => r.count), last: rows.map((r) => r.lastYear) },
        { current: token.colorPrimary, last: token.colorPrimaryBorder, text: token.colorText, secondaryText: token.colorTextSecondary, split: token.colorSplit, fontFamily: token.fontFamily },
      ),
    [year, horizontal, rows, token],
  );
  const exportPng = () => {
    const url = chart.current?.getDataURL({ type: 'png', backgroundColor: '#fff', pixelRatio: 2 });
    if (!url) return;
    const name = `统计-${year}-${title}.png`;
    startDownload(url, name);
    void message.success(`已导出图片“${name}”`);
  };
  const height = horizontal ? Math.max(160, rows.length * ROW_HEIGHT + 60) : 300;
  return (
    <Card
      size="small"
      title={title}
      extra={
        <Button size="small" icon={<PictureOutlined />} onClick={exportPng} disabled={rows.length === 0}>
          导出图片
        </Button>
      }
    >
      {rows.length === 0 ? (
        <div style={{ color: token.colorTextSecondary, padding: '24px 0', textAlign: 'center' }}>这两年都没有可按{dimension.label}统计的台账</div>
      ) : (
        <EChart
          label={`${title}统计图`}
          option={option}
          height={height}
          onReady={(c) => (chart.current = c)}
          onBarClick={({ dataIndex, seriesIndex }) => {
            const row = rows[dataIndex];
            if (!row) return;
            const y = seriesIndex === 1 ? year - 1 : year;
            onDrill({ title: drillTitle(y, row.label), year: y, drill: row.drill });
          }}
        />
      )}
      {footnote && (
        <Typography.Text type="secondary" role="note">
          {footnote}
        </Typography.Text>
      )}
    </Card>
  );
}
