/** One bar: what it is, how much, and the text a screen reader and the tooltip give. */
export interface Bar {
  label: string;
  value: number;
}

export interface BarChart {
  width: number;
  height: number;
  bars: {
    label: string;
    value: number;
    x: number;
    y: number;
    width: number;
    height: number;
    labelY: number;
    valueY: number;
  }[];
  baseline: number;
}

const LABEL_WIDTH = 230;
const ROW = 34;

/**
 * Lays out a horizontal bar chart for an SVG template: the server does the arithmetic, the
 * template only draws, so the chart needs no script and reads the same printed.
 */
export function barChart(bars: Bar[], width = 640): BarChart {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const room = width - LABEL_WIDTH - 60;
  return {
    width,
    height: Math.max(ROW, bars.length * ROW) + 8,
    baseline: LABEL_WIDTH,
    bars: bars.map((bar, index) => {
      const length = Math.round((bar.value / max) * room);
      return {
        label: bar.label,
        value: bar.value,
        x: LABEL_WIDTH,
        y: index * ROW + 6,
        width: Math.max(length, bar.value > 0 ? 2 : 0),
        height: ROW - 12,
        labelY: index * ROW + ROW / 2 + 5,
        valueY: index * ROW + ROW / 2 + 5,
      };
    }),
  };
}
