import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_EVENTS, ALL_TOPICS } from '@rehab/contracts';
import { parse } from 'yaml';
import { buildAsyncApiDocument, renderAsyncApiYaml } from './asyncapi-document';

const CHECKED_IN = join(__dirname, '..', '..', '..', '..', 'docs', 'asyncapi.yaml');

describe('AsyncAPI document', () => {
  it('should match the checked-in docs/asyncapi.yaml (run `npm run asyncapi` when contracts change)', () => {
    expect(readFileSync(CHECKED_IN, 'utf8')).toBe(renderAsyncApiYaml());
  });

  it('should describe every topic as a channel and every event as a message with its payload schema', () => {
    const document = buildAsyncApiDocument() as {
      asyncapi: string;
      channels: Record<string, { address: string; messages: Record<string, unknown> }>;
      components: { messages: Record<string, unknown>; schemas: Record<string, { type?: string }> };
    };
    expect(document.asyncapi).toBe('3.0.0');
    const addresses = Object.values(document.channels).map((channel) => channel.address);
    expect(addresses).toEqual(expect.arrayContaining([...ALL_TOPICS, 'rehab.{consumerGroup}.dead-letter.v1']));
    for (const definition of ALL_EVENTS) {
      const id = `${definition.type}.v${definition.schemaVersion}`;
      expect(document.components.messages[id]).toBeDefined();
      expect(document.components.schemas[`${id}.payload`]?.type).toBe('object');
      const channel = Object.values(document.channels).find((each) => each.address === definition.topic);
      expect(channel?.messages[id]).toEqual({ $ref: `#/components/messages/${id}` });
    }
    expect(document.components.schemas.Envelope).toBeDefined();
  });

  it('should be valid YAML whose references all resolve', () => {
    const document = parse(renderAsyncApiYaml()) as unknown;
    const references = JSON.stringify(document).match(/"\$ref":"#\/[^"]+"/g) ?? [];
    expect(references.length).toBeGreaterThan(ALL_EVENTS.length);
    for (const reference of references) {
      const path = reference.slice('"$ref":"#/'.length, -1).split('/');
      const target = path.reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        document,
      );
      expect({ reference, resolved: target !== undefined }).toEqual({ reference, resolved: true });
    }
  });
});
