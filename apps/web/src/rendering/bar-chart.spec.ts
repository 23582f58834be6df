import { barChart } from './bar-chart';

describe('barChart', () => {
  it('should give the largest value the full length and the others their share when laid out', () => {
    const chart = barChart(
      [
        { label: 'a', value: 10 },
        { label: 'b', value: 5 },
        { label: 'c', value: 0 },
      ],
      640,
    );
    const [a, b, c] = chart.bars;
    expect(a.width).toBe(640 - 230 - 60);
    expect(b.width).toBe(Math.round((640 - 230 - 60) / 2));
    expect(c.width).toBe(0);
    expect(b.y).toBeGreaterThan(a.y);
  });

  it('should draw nothing out of range when every value is zero', () => {
    const chart = barChart([{ label: 'a', value: 0 }]);
    expect(chart.bars[0].width).toBe(0);
  });
});
