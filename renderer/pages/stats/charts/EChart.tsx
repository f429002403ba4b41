import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';
import { echarts } from './echarts-setup';

/** Which bar was clicked: the category's index and the series' (0 the chosen year, 1 the year before). */
export interface BarClick {
  dataIndex: number;
  seriesIndex: number;
}

interface Props {
  option: EChartsCoreOption;
  height: number;
  /** Names the chart for screen readers and tests. */
  label: string;
  onBarClick?: (click: BarClick) => void;
  /** Receives the instance while mounted (for 导出图片), null after. */
  onReady?: (chart: EChartsType | null) => void;
}

/**
 * One echarts instance per mounted element: created on mount, resized with the window, disposed on
 * unmount. A click on a bar, or anywhere in a category's column (a short bar is hard to hit), reports
 * that category; a click in the empty part of a column counts as the chosen year.
 */
export function EChart({ option, height, label, onBarClick, onReady }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const clickRef = useRef(onBarClick);
  clickRef.current = onBarClick;

  useEffect(() => {
    const instance = echarts.init(box.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (p) => {
      if (p.componentType === 'series' && typeof p.dataIndex === 'number') clickRef.current?.({ dataIndex: p.dataIndex, seriesIndex: p.seriesIndex ?? 0 });
    });
    instance.getZr().on('click', (e) => {
      // A click on a drawn element (a bar, a label, the legend) is answered above, or not at all.
      if (e.target) return;
      const point = [e.offsetX, e.offsetY];
      if (!instance.containPixel({ gridIndex: 0 }, point)) return;
      const at = instance.convertFromPixel({ gridIndex: 0 }, point) as number[];
      const horizontal = (instance.getOption() as { yAxis?: { type?: string }[] }).yAxis?.[0]?.type === 'category';
      const index = horizontal ? at[1] : at[0];
      if (typeof index === 'number' && Number.isFinite(index)) clickRef.current?.({ dataIndex: Math.round(index), seriesIndex: 0 });
    });
    const resize = () => instance.resize();
    window.addEventListener('resize', resize);
    onReady?.(instance);
    return () => {
      window.removeEventListener('resize', resize);
      onReady?.(null);
      instance.dispose();
      chart.current = null;
    };
    // The instance lives as long as the element; option changes are applied below.
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} role="img" aria-label={label} style={{ width: '100%', height, cursor: onBarClick ? 'pointer' : undefined }} />;
}
