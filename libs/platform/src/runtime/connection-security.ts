import { readFileSync } from 'node:fs';
import type { SASLOptions } from 'kafkajs';
import type { RuntimeSettings } from './service-definition';

/**
 * A secret from the environment (NAME) or from a file (NAME_FILE, e.g. a mounted Kubernetes
 * or Docker secret). Never both, so nobody wonders which one is used; never from the repository.
 */
export function readSecret(settings: RuntimeSettings, name: string): string | undefined {
  const value = settings.optional(name);
  const file = settings.optional(`${name}_FILE`);
  if (value !== undefined && file !== undefined) throw new Error(`Set ${name} or ${name}_FILE, not both`);
  if (file === undefined) return value;
  try {
    return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  } catch (error) {
    throw new Error(`${name}_FILE could not be read: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}`);
  }
}

function flag(settings: RuntimeSettings, name: string, fallback: boolean): boolean {
  const raw = settings.optional(name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new Error(`${name} must be true or false`);
}

/** The TLS settings we set; both kafkajs and pg take them as they are. */
export interface TlsSettings {
  rejectUnauthorized: boolean;
  ca?: string;
  cert?: string;
  key?: string;
}

/** TLS options from PREFIX_SSL, PREFIX_SSL_CA(_FILE), _CERT(_FILE), _KEY(_FILE), _REJECT_UNAUTHORIZED. */
function tlsFrom(settings: RuntimeSettings, prefix: string): TlsSettings | undefined {
  if (!flag(settings, `${prefix}_SSL`, false)) return undefined;
  const ca = readSecret(settings, `${prefix}_SSL_CA`);
  const cert = readSecret(settings, `${prefix}_SSL_CERT`);
  const key = readSecret(settings, `${prefix}_SSL_KEY`);
  if ((cert === undefined) !== (key === undefined)) {
    throw new Error(`${prefix}_SSL_CERT and ${prefix}_SSL_KEY go together: a client certificate needs its key`);
  }
  return {
    // Verifying the server is the point of TLS; turning it off must be a visible decision.
    rejectUnauthorized: flag(settings, `${prefix}_SSL_REJECT_UNAUTHORIZED`, true),
    ...(ca !== undefined ? { ca } : {}),
    ...(cert !== undefined && key !== undefined ? { cert, key } : {}),
  };
}

const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;

/** Kafka TLS (KAFKA_SSL*) and SASL (KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD(_FILE)). */
export function kafkaSecurityFrom(settings: RuntimeSettings): { ssl?: TlsSettings; sasl?: SASLOptions } {
  const ssl = tlsFrom(settings, 'KAFKA');
  const mechanism = settings.optional('KAFKA_SASL_MECHANISM')?.toLowerCase();
  if (mechanism === undefined) return ssl ? { ssl } : {};
  if (!(SASL_MECHANISMS as readonly string[]).includes(mechanism)) {
    throw new Error(`KAFKA_SASL_MECHANISM must be one of: ${SASL_MECHANISMS.join(', ')}`);
  }
  const username = readSecret(settings, 'KAFKA_SASL_USERNAME');
  const password = readSecret(settings, 'KAFKA_SASL_PASSWORD');
  if (!username || !password) throw new Error('KAFKA_SASL_MECHANISM needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD');
  if (!ssl && mechanism === 'plain') {
    throw new Error('KAFKA_SASL_MECHANISM=plain sends the password in clear text; set KAFKA_SSL=true as well');
  }
  const sasl = { mechanism, username, password } as SASLOptions;
  return ssl ? { ssl, sasl } : { sasl };
}

/** PostgreSQL TLS: DATABASE_SSL, DATABASE_SSL_CA(_FILE), _CERT(_FILE), _KEY(_FILE), _REJECT_UNAUTHORIZED. */
export function databaseTlsFrom(settings: RuntimeSettings): TlsSettings | undefined {
  return tlsFrom(settings, 'DATABASE');
}
