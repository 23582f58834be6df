import type { MessageTransport } from './transport/message-transport';

export interface MessagingOptions {
  /** The service's name; it is also its consumer group and the actor of events it starts itself. */
  serviceName: string;
  /** The database schema that holds this service's outbox and inbox tables. */
  schema: string;
  transport: MessageTransport;
  /** The TypeORM data source this service registered; unnamed if not given. */
  dataSourceName?: string;
  /** Prepended to every topic name, to keep environments apart on one cluster. Empty by default. */
  topicPrefix?: string;
  consumer?: {
    /** Attempts before a message goes to the dead-letter topic. */
    maxAttempts?: number;
    /** First pause between attempts; it doubles after each. */
    retryBackoffMs?: number;
    /** The most messages of one partition handled in one transaction. */
    maxBatchSize?: number;
    /** Larger messages are dead-lettered unread; 512 KiB unless given. */
    maxMessageBytes?: number;
    /** Set to false to run a service that only publishes. */
    enabled?: boolean;
  };
  relay?: {
    /** How often the relay looks for rows that no commit in this process told it about. */
    pollIntervalMs?: number;
    batchSize?: number;
  };
}

export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

export function quoteIdentifier(identifier: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(identifier)) {
    throw new Error(`"${identifier}" is not a safe schema name (lower-case letters, digits and _)`);
  }
  return `"${identifier}"`;
}
