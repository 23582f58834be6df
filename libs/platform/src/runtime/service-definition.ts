import type { INestApplication, Type } from '@nestjs/common';
import type { MessageTransport } from '@rehab/messaging';

/** What makes one service: its name, its schema, its modules and its migrations. */
export interface ServiceDefinition {
  /** Stable name: consumer group, actor id and log label. */
  name: string;
  title: string;
  description: string;
  /** Its own PostgreSQL schema; no other service reads it. */
  schema: string;
  defaultPort: number;
  modules: Type[];
  entities: Type[];
  /** Its own migrations, run after the shared messaging tables. */
  migrations: Type[];
  /**
   * Where the municipality of a record named in a route is kept, e.g. the case of ":caseId" in
   * the table "rehabilitation_case" (column "id"). A caller of another municipality gets 404
   * before the handler runs, for reads and writes alike.
   */
  recordMunicipalities?: RecordMunicipalitySource[];
  /** How it speaks HTTP when it is not only a JSON API under /api, e.g. the web pages. */
  http?: {
    /** The prefix of every route but /health; '' serves at the root. 'api' when left out. */
    globalPrefix?: string;
    /** Adds what the service needs before its routes, such as a form body parser or static files. */
    configure?(app: INestApplication): void;
  };
}

/** A table (of the service's own schema) with a "municipality" column, keyed by a route parameter. */
export interface RecordMunicipalitySource {
  param: string;
  table: string;
  idColumn: string;
}

/** Where one service runs: the database, the transport and the port, whatever the layout. */
export interface ServiceRuntime {
  databaseUrl: string;
  transport: MessageTransport;
  host: string;
  port: number;
  topicPrefix: string;
  /** Connections this service may hold; the embedded store wants few. */
  databasePoolSize: number;
  /** The environment the service reads its own settings from. */
  settings: RuntimeSettings;
  relayPollIntervalMs?: number;
  consumerMaxAttempts?: number;
  consumerRetryBackoffMs?: number;
  /** Larger consumed messages are dead-lettered unread. */
  consumerMaxMessageBytes?: number;
}

/** Read-only settings, taken from the environment unless a launcher overrides them. */
export class RuntimeSettings {
  constructor(private readonly values: Readonly<Record<string, string | undefined>>) {}

  get(name: string, fallback: string): string {
    const value = this.values[name];
    return value === undefined || value === '' ? fallback : value;
  }

  optional(name: string): string | undefined {
    const value = this.values[name];
    return value === undefined || value === '' ? undefined : value;
  }

  number(name: string, fallback: number): number {
    const raw = this.optional(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value)) throw new Error(`${name} must be a number`);
    return value;
  }
}

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
