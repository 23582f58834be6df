export interface MetricSample {
  labels: Record<string, string>;
  value: number;
}

export async function scrapeMetrics(serviceUrl: string): Promise<string> {
  const response = await fetch(`${serviceUrl}/metrics`);
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  return response.text();
}

/** The samples of one metric in Prometheus text format, with their labels. */
export function metricValues(exposition: string, name: string): MetricSample[] {
  const samples: MetricSample[] = [];
  for (const line of exposition.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const labels: Record<string, string> = {};
    for (const pair of (match[2] ?? '').matchAll(/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g)) labels[pair[1]] = pair[2];
    samples.push({ labels, value: Number(match[3]) });
  }
  return samples;
}
