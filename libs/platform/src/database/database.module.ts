import { TypeOrmModule } from '@nestjs/typeorm';
import { MESSAGING_MIGRATIONS, quoteIdentifier } from '@rehab/messaging';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { databaseTlsFrom } from '../runtime/connection-security';
import type { ServiceDefinition, ServiceRuntime } from '../runtime/service-definition';

export function dataSourceOptions(definition: ServiceDefinition, runtime: ServiceRuntime): DataSourceOptions {
  const tls = databaseTlsFrom(runtime.settings);
  return {
    type: 'postgres',
    url: runtime.databaseUrl,
    schema: definition.schema,
    entities: definition.entities,
    migrations: [...MESSAGING_MIGRATIONS, ...definition.migrations],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    applicationName: definition.name,
    extra: { max: runtime.databasePoolSize },
    ...(tls ? { ssl: tls } : {}),
  };
}

/**
 * Opens the service's DataSource and brings its schema up to date. An advisory lock keeps two
 * instances of one service from migrating at once.
 */
export async function openDatabase(options: DataSourceOptions & { schema: string }): Promise<DataSource> {
  const dataSource = new DataSource(options);
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${options.schema}`]);
    await lock.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrate:${options.schema}`]).catch(() => undefined);
    await lock.release();
  }
  return dataSource;
}

export function databaseModule(definition: ServiceDefinition, runtime: ServiceRuntime) {
  // Named after the service: several services' data sources live in one process on the embedded defaults.
  return TypeOrmModule.forRootAsync({
    name: definition.name,
    useFactory: () => dataSourceOptions(definition, runtime),
    dataSourceFactory: async (options) => openDatabase({ ...(options as DataSourceOptions), schema: definition.schema }),
  });
}
