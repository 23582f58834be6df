import 'reflect-metadata';
import { join } from 'node:path';
import { EmbeddedBroker, type MessageTransport } from '@rehab/messaging';
import {
  commonRuntime,
  createRootLogger,
  DEFAULT_DATABASE_URL,
  type EmbeddedDatabase,
  kafkaTransportFor,
  RuntimeSettings,
  startEmbeddedDatabase,
  startService,
  type StartedService,
} from '@rehab/platform';
import { devAuthSettings, startDevIdentityUnlessConfigured } from './dev-identity';
import { initialiseEmbeddedStore } from './initialise-embedded-store';
import { ALL_SERVICES } from './service-catalogue';

/**
 * Runs every service in this one process. With no DATABASE_URL it serves an embedded
 * PostgreSQL-compatible store; with no KAFKA_BROKERS it uses the in-process broker. Set either
 * and the same services use the real thing.
 */
async function main(): Promise<void> {
  const settings = new RuntimeSettings(process.env);
  const logger = createRootLogger({ process: 'all-in-one' });
  const useKafka = settings.optional('KAFKA_BROKERS') !== undefined;
  let embeddedDatabase: EmbeddedDatabase | undefined;
  let databaseUrl = settings.optional('DATABASE_URL');
  if (!databaseUrl) {
    const dataDir = settings.get('EMBEDDED_DATA_DIR', join(process.cwd(), '.data', 'embedded-postgres'));
    await initialiseEmbeddedStore(dataDir, settings.get('EMBEDDED_SHARED_BUFFERS', '32MB'));
    embeddedDatabase = await startEmbeddedDatabase({ dataDir, port: settings.number('EMBEDDED_DATABASE_PORT', 54329) });
    databaseUrl = embeddedDatabase.url;
    logger.info({ dataDir }, 'embedded PostgreSQL-compatible store (PGlite) started');
  }
  const embeddedBroker = useKafka ? undefined : new EmbeddedBroker(settings.number('EMBEDDED_PARTITIONS', 3));
  const transports: MessageTransport[] = [];
  const started: StartedService[] = [];
  const basePort = settings.number('BASE_PORT', 3000);
  const host = settings.get('HOST', '127.0.0.1');
  // Sign-in: the development identity provider on its own port, unless AUTH_ISSUER names another.
  const identityProvider = await startDevIdentityUnlessConfigured(
    settings,
    host,
    settings.number('DEV_IDENTITY_PORT', basePort + 8),
  );
  if (identityProvider)
    logger.warn({ issuer: identityProvider.issuer }, 'development identity provider started: not for production');

  const only = settings
    .optional('SERVICES')
    ?.split(',')
    .map((name) => name.trim());
  const unknown = only?.filter((name) => !ALL_SERVICES.some((definition) => definition.name === name)) ?? [];
  if (unknown.length > 0) throw new Error(`SERVICES names unknown services: ${unknown.join(', ')}`);
  const selected = ALL_SERVICES.filter((definition) => !only || only.includes(definition.name));

  for (const definition of selected) {
    const transport =
      embeddedBroker ??
      kafkaTransportFor(definition.name, settings, (level, message, extra) =>
        logger[level]({ service: definition.name, ...extra }, message),
      );
    transports.push(transport);
    const port = basePort + (definition.defaultPort - 3000);
    started.push(
      await startService(
        definition,
        {
          ...commonRuntime(settings),
          databaseUrl: databaseUrl ?? DEFAULT_DATABASE_URL,
          transport,
          host,
          port,
          databasePoolSize: settings.number('DATABASE_POOL_SIZE', embeddedDatabase ? 3 : 5),
          settings: new RuntimeSettings({
            JOB_CENTRE_URL: `http://127.0.0.1:${basePort + 1}`,
            HEALTH_COORDINATOR_URL: `http://127.0.0.1:${basePort + 2}`,
            SOCIAL_PSYCHIATRY_URL: `http://127.0.0.1:${basePort + 3}`,
            COMPANY_CONSULTANT_URL: `http://127.0.0.1:${basePort + 4}`,
            MEETING_URL: `http://127.0.0.1:${basePort + 5}`,
            GP_CORRESPONDENCE_URL: `http://127.0.0.1:${basePort + 6}`,
            ...(identityProvider ? devAuthSettings(identityProvider) : {}),
            ...process.env,
          }),
        },
        logger,
        { enableShutdownHooks: false },
      ),
    );
  }

  const lines = [
    '',
    'Rehabilitation-team orchestrator is running.',
    `  database: ${embeddedDatabase ? 'embedded (PGlite)' : 'PostgreSQL from DATABASE_URL'}`,
    `  broker:   ${embeddedBroker ? 'embedded, in this process' : 'Kafka from KAFKA_BROKERS'}`,
    `  sign-in:  ${identityProvider ? `development identity provider ${identityProvider.issuer} (password "development")` : `AUTH_ISSUER ${settings.get('AUTH_ISSUER', '')}`}`,
    '',
    ...started.map((service) => `  ${service.definition.title.padEnd(28)} ${service.url}/docs`),
    '',
    'Stop with Ctrl+C.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  logger.info(
    { services: started.map((service) => ({ name: service.definition.name, url: service.url })) },
    'all services started',
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping all services');
    for (const service of [...started].reverse()) await service.app.close();
    for (const transport of new Set(transports)) await transport.close();
    await identityProvider?.close();
    await embeddedDatabase?.stop();
    logger.info('stopped');
    logger.flush();
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The system could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
