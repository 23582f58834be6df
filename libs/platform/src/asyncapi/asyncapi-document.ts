import {
  ALL_EVENTS,
  ALL_TOPICS,
  EnvelopeSchema,
  envelopeSchemaOf,
  type EventDefinition,
  MeetingEnvelopeSchema,
  Topics,
} from '@rehab/contracts';
import { stringify } from 'yaml';
import { z } from 'zod';

type JsonObject = Record<string, unknown>;

/** JSON Schema draft-07, the dialect AsyncAPI 3 schemas are a superset of. */
function jsonSchemaOf(schema: z.ZodType): JsonObject {
  const jsonSchema = z.toJSONSchema(schema, { target: 'draft-7', unrepresentable: 'any' }) as JsonObject;
  // The dialect is the document's, not each schema's.
  delete jsonSchema.$schema;
  return jsonSchema;
}

const channelIdOf = new Map<string, string>(Object.entries(Topics).map(([id, topic]) => [topic, id]));

/** The service a topic belongs to is the second part of its name: rehab.<service>.<what>.v<n>. */
function ownerOf(topic: string): string {
  return topic.split('.')[1];
}

function messageIdOf(definition: EventDefinition): string {
  return `${definition.type}.v${definition.schemaVersion}`;
}

function envelopeNameOf(definition: EventDefinition): string {
  return envelopeSchemaOf(definition) === MeetingEnvelopeSchema ? 'MeetingEnvelope' : 'Envelope';
}

const EVENT_HEADERS = {
  type: 'object',
  description: 'Copied from the envelope by the outbox relay, so a consumer can route without parsing the value.',
  properties: {
    'event-id': { type: 'string', format: 'uuid' },
    'event-type': { type: 'string' },
    'schema-version': { type: 'string', pattern: '^\\d+$' },
    'correlation-id': { type: 'string' },
  },
  required: ['event-id', 'event-type', 'schema-version', 'correlation-id'],
};

const DEAD_LETTER_HEADERS = {
  type: 'object',
  description: "The original message's headers, and why and where from it was dead-lettered.",
  properties: {
    'dead-letter-reason': { type: 'string', description: 'What was wrong; never the offending value.' },
    'dead-letter-original-topic': { type: 'string' },
    'dead-letter-original-partition': { type: 'string', pattern: '^\\d+$' },
    'dead-letter-original-offset': { type: 'string', pattern: '^\\d+$' },
    'dead-letter-consumer-group': { type: 'string' },
    'dead-letter-attempts': { type: 'string', pattern: '^\\d+$' },
    'dead-letter-at': { type: 'string', format: 'date-time' },
  },
  required: [
    'dead-letter-reason',
    'dead-letter-original-topic',
    'dead-letter-original-partition',
    'dead-letter-original-offset',
  ],
};

/**
 * The AsyncAPI 3 description of every topic and event, generated from libs/contracts: one
 * channel per topic, one message per event type and schema version, each message being the
 * envelope with that event's payload schema. Dead-letter topics are one channel with the
 * consumer group as a parameter.
 */
export function buildAsyncApiDocument(): JsonObject {
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};
  const schemas: JsonObject = {
    Envelope: {
      ...jsonSchemaOf(EnvelopeSchema),
      description: "A case's event: keyed on Kafka by caseId, so one case's events stay in order.",
    },
    MeetingEnvelope: {
      ...jsonSchemaOf(MeetingEnvelopeSchema),
      description: "A meeting's own event, which concerns no single case: keyed on Kafka by meetingId.",
    },
  };

  for (const definition of ALL_EVENTS) {
    const id = messageIdOf(definition);
    schemas[`${id}.payload`] = jsonSchemaOf(definition.payload);
    messages[id] = {
      name: definition.type,
      title: `${definition.type}, schema version ${definition.schemaVersion}`,
      contentType: 'application/json',
      headers: EVENT_HEADERS,
      payload: {
        allOf: [
          { $ref: `#/components/schemas/${envelopeNameOf(definition)}` },
          {
            type: 'object',
            properties: {
              type: { const: definition.type },
              schemaVersion: { const: definition.schemaVersion },
              payload: { $ref: `#/components/schemas/${id}.payload` },
            },
          },
        ],
      },
    };
  }

  for (const topic of ALL_TOPICS) {
    const channelId = channelIdOf.get(topic) ?? topic;
    const onTopic = ALL_EVENTS.filter((definition) => definition.topic === topic);
    const refs = Object.fromEntries(
      onTopic.map((definition) => [
        messageIdOf(definition),
        { $ref: `#/components/messages/${messageIdOf(definition)}` },
      ]),
    );
    channels[channelId] = {
      address: topic,
      title: topic,
      description: `Events of the ${ownerOf(topic)} service. A prefix (KAFKA_TOPIC_PREFIX) may come before the address.`,
      messages: refs,
    };
    operations[`${channelId}.send`] = {
      action: 'send',
      title: `${ownerOf(topic)} publishes`,
      description:
        'Published through the transactional outbox: an event goes out if and only if its state change committed.',
      channel: { $ref: `#/channels/${channelId}` },
      messages: Object.keys(refs).map((messageId) => ({ $ref: `#/channels/${channelId}/messages/${messageId}` })),
    };
  }

  channels.deadLetters = {
    address: 'rehab.{consumerGroup}.dead-letter.v1',
    title: 'Dead letters of one consumer group',
    description: 'What a service could not handle, byte for byte, with the reason in the headers.',
    parameters: { consumerGroup: { description: 'The service whose consumer dead-lettered the message.' } },
    messages: { deadLetter: { $ref: '#/components/messages/deadLetter' } },
  };
  operations['deadLetters.send'] = {
    action: 'send',
    title: 'A consumer dead-letters a message',
    channel: { $ref: '#/channels/deadLetters' },
    messages: [{ $ref: '#/channels/deadLetters/messages/deadLetter' }],
  };
  messages.deadLetter = {
    name: 'dead-letter',
    title: 'A message a consumer could not handle',
    headers: DEAD_LETTER_HEADERS,
    payload: { description: 'The original value, unchanged; it may not be valid JSON.' },
  };

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Rehabilitation-team orchestrator events',
      version: '1',
      description:
        'Every Kafka topic and event the services exchange, generated from libs/contracts. A topic name carries its ' +
        'version: a breaking change means a new topic. Every event travels in one envelope; its payload depends on ' +
        'type and schemaVersion.',
    },
    defaultContentType: 'application/json',
    channels,
    operations,
    components: { schemas, messages },
  };
}

/** The document as YAML, as checked in at docs/asyncapi.yaml and served at /asyncapi.yaml. */
export function renderAsyncApiYaml(): string {
  return `# Generated from libs/contracts by \`npm run asyncapi\`; do not edit by hand.\n${stringify(
    buildAsyncApiDocument(),
    {
      aliasDuplicateObjects: false,
      lineWidth: 0,
    },
  )}`;
}
