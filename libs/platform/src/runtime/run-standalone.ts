import { KafkaTransport } from '@rehab/messaging';
import { createRootLogger } from '../logging/json-logger';
import { kafkaSecurityFrom, readSecret } from './connection-security';
import { DEFAULT_DATABASE_URL, RuntimeSettings, type ServiceDefinition, type ServiceRuntime } from './service-definition';
import { startService } from './start-service';
import { flushTraces } from '../tracing/tracing';

/** The Kafka transport a service uses, configured from its settings. */
export function kafkaTransportFor(
  service: string,
  settings: RuntimeSettings,
  log: (level: 'error' | 'warn' | 'info' | 'debug', message: string, extra: Record<string, unknown>) => void,
): KafkaTransport {
  const brokers = settings.optional('KAFKA_BROKERS');
  if (!brokers) throw new Error('KAFKA_BROKERS is not set');
  return new KafkaTransport({
    brokers: brokers.split(',').map((broker) => broker.trim()),
    clientId: service,
    partitions: settings.number('KAFKA_TOPIC_PARTITIONS', 6),
    ...kafkaSecurityFrom(settings),
    log,
  });
}

/** Runtime settings every layout shares, read from the environment. */
export function commonRuntime(settings: RuntimeSettings) {
  return {
    topicPrefix: settings.get('KAFKA_TOPIC_PREFIX', ''),
    relayPollIntervalMs: settings.number('OUTBOX_POLL_INTERVAL_MS', 1000),
    consumerMaxAttempts: settings.number('CONSUMER_MAX_ATTEMPTS', 5),
    consumerRetryBackoffMs: settings.number('CONSUMER_RETRY_BACKOFF_MS', 200),
    consumerMaxMessageBytes: settings.number('CONSUMER_MAX_MESSAGE_BYTES', 512 * 1024),
    settings,
  };
}

/**
 * Runs one service as its own process on Kafka and PostgreSQL: the distributed layout.
 * SIGTERM and SIGINT stop it gracefully: consumers finish the message in hand and commit,
 * the relay finishes its batch, then the broker connections close.
 */
export async function runStandalone(definition: ServiceDefinition): Promise<void> {
  const settings = new RuntimeSettings(process.env);
  const logger = createRootLogger({ process: definition.name });
  if (!settings.optional('KAFKA_BROKERS')) {
    logger.fatal(
      { service: definition.name },
      'KAFKA_BROKERS is not set. A service started on its own runs on Kafka; to run every service in one process on embedded defaults, use "npm start".',
    );
    process.exitCode = 2;
    return;
  }
  const transport = kafkaTransportFor(definition.name, settings, (level, message, extra) =>
    logger[level]({ service: definition.name, ...extra }, message),
  );
  const runtime: ServiceRuntime = {
    ...commonRuntime(settings),
    // The URL holds the database password, so it may come from a secret file (DATABASE_URL_FILE).
    databaseUrl: readSecret(settings, 'DATABASE_URL') ?? DEFAULT_DATABASE_URL,
    transport,
    host: settings.get('HOST', '127.0.0.1'),
    port: settings.number('PORT', definition.defaultPort),
    databasePoolSize: settings.number('DATABASE_POOL_SIZE', 10),
  };
  let started;
  try {
    started = await startService(definition, runtime, logger, { enableShutdownHooks: false });
  } catch (error) {
    logger.fatal({ service: definition.name, err: error }, 'the service could not start');
    await transport.close().catch(() => undefined);
    process.exitCode = 1;
    return;
  }
  const { app } = started;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ service: definition.name, signal }, 'stopping');
    await app.close();
    await transport.close();
    await flushTraces();
    logger.info({ service: definition.name }, 'stopped');
    logger.flush();
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}
