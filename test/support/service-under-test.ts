import { EmbeddedBroker, type MessageTransport } from '@rehab/messaging';
import {
  commonRuntime,
  createRootLogger,
  RuntimeSettings,
  type ServiceDefinition,
  startService,
  type StartedService,
} from '@rehab/platform';
import { Writable } from 'node:stream';
import { testDatabaseUrl, uniqueName } from './environment';
import { testAuthSettings } from './identity';

export interface ServiceUnderTest extends StartedService {
  /** The schema the service got for this test alone. */
  schema: string;
  /** The topic prefix the service got for this test alone. */
  topicPrefix: string;
  transport: MessageTransport;
  /** Every line the service logged, as JSON text. */
  logLines: string[];
  close(): Promise<void>;
}

/**
 * Starts one service exactly as production does (the same bootstrap, validation, error
 * mapping and logging), on the real test database with a schema and topic prefix of its own,
 * listening on a free port. The embedded broker is used unless a transport is given.
 */
export async function startServiceUnderTest(
  definition: ServiceDefinition,
  options: { transport?: MessageTransport; settings?: Record<string, string>; topicPrefix?: string } = {},
): Promise<ServiceUnderTest> {
  const schema = uniqueName(definition.schema.slice(0, 20));
  const topicPrefix = options.topicPrefix ?? uniqueName('t').replace('_', '-');
  const transport = options.transport ?? new EmbeddedBroker(3, 20);
  // Quick retries and relays, so tests do not wait on production timings.
  const settings = new RuntimeSettings({
    OUTBOX_POLL_INTERVAL_MS: '50',
    CONSUMER_MAX_ATTEMPTS: '3',
    CONSUMER_RETRY_BACKOFF_MS: '20',
    // Sign-in: the services trust the test identity provider (see tokenFor).
    ...(await testAuthSettings()),
    ...options.settings,
  });
  const logLines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const started = await startService(
    { ...definition, schema },
    {
      ...commonRuntime(settings),
      databaseUrl: testDatabaseUrl(),
      transport,
      host: '127.0.0.1',
      port: 0,
      topicPrefix,
      databasePoolSize: 3,
    },
    createRootLogger({ process: definition.name, destination }),
    { enableShutdownHooks: false },
  );
  return {
    ...started,
    schema,
    topicPrefix,
    transport,
    logLines,
    close: async () => {
      await started.app.close();
      if (!options.transport) await transport.close();
    },
  };
}
