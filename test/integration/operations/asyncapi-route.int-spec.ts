import { EmbeddedBroker } from '@rehab/messaging';
import { renderAsyncApiYaml } from '@rehab/platform';
import { type PipelineHarness, startPipeline } from '../messaging/pipeline-harness';

describe('the AsyncAPI document served by every service (real PostgreSQL, embedded broker)', () => {
  let pipeline: PipelineHarness;

  beforeAll(async () => {
    pipeline = await startPipeline(new EmbeddedBroker(3, 20));
  });

  afterAll(async () => {
    await pipeline.close();
    await pipeline.transport.close();
  });

  it('should serve the generated document at /asyncapi.yaml, outside the /api prefix', async () => {
    const url = (await pipeline.app.getUrl()).replace('[::1]', '127.0.0.1');
    const response = await fetch(`${url}/asyncapi.yaml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/yaml');
    expect(await response.text()).toBe(renderAsyncApiYaml());
    expect((await fetch(`${url}/api/asyncapi.yaml`)).status).toBe(404);
  });
});
