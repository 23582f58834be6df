import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { databaseTlsFrom, kafkaSecurityFrom, readSecret } from './connection-security';
import { RuntimeSettings } from './service-definition';

const settings = (values: Record<string, string>) => new RuntimeSettings(values);

describe('connection security settings', () => {
  const directory = mkdtempSync(join(tmpdir(), 'rehab-secrets-'));
  const secretFile = (name: string, content: string) => {
    const path = join(directory, name);
    writeFileSync(path, content);
    return path;
  };

  it('should read a secret from the environment or from its _FILE when one is set', () => {
    expect(readSecret(settings({ KAFKA_SASL_PASSWORD: 's3cret' }), 'KAFKA_SASL_PASSWORD')).toBe('s3cret');
    const file = secretFile('password', 'from-file\n');
    expect(readSecret(settings({ KAFKA_SASL_PASSWORD_FILE: file }), 'KAFKA_SASL_PASSWORD')).toBe('from-file');
    expect(readSecret(settings({}), 'KAFKA_SASL_PASSWORD')).toBeUndefined();
  });

  it('should refuse a secret set both ways, and a secret file it cannot read, without quoting either', () => {
    expect(() => readSecret(settings({ X: 'a', X_FILE: '/x' }), 'X')).toThrow('Set X or X_FILE, not both');
    expect(() => readSecret(settings({ X_FILE: join(directory, 'missing') }), 'X')).toThrow(
      'X_FILE could not be read: ENOENT',
    );
  });

  it('should leave Kafka and PostgreSQL unencrypted only when nothing is configured', () => {
    expect(kafkaSecurityFrom(settings({}))).toEqual({});
    expect(databaseTlsFrom(settings({}))).toBeUndefined();
  });

  it('should verify the server with the given CA and present a client certificate when configured', () => {
    const tls = databaseTlsFrom(
      settings({
        DATABASE_SSL: 'true',
        DATABASE_SSL_CA_FILE: secretFile('ca.pem', 'CA'),
        DATABASE_SSL_CERT: 'CERT',
        DATABASE_SSL_KEY_FILE: secretFile('key.pem', 'KEY'),
      }),
    );
    expect(tls).toEqual({ rejectUnauthorized: true, ca: 'CA', cert: 'CERT', key: 'KEY' });
  });

  it('should refuse a client certificate without its key when configured', () => {
    expect(() => kafkaSecurityFrom(settings({ KAFKA_SSL: 'true', KAFKA_SSL_CERT: 'CERT' }))).toThrow(/go together/);
  });

  it('should take SASL/SCRAM credentials over TLS when configured', () => {
    expect(
      kafkaSecurityFrom(
        settings({
          KAFKA_SSL: 'true',
          KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512',
          KAFKA_SASL_USERNAME: 'meeting',
          KAFKA_SASL_PASSWORD_FILE: secretFile('kafka', 'pw'),
        }),
      ),
    ).toEqual({
      ssl: { rejectUnauthorized: true },
      sasl: { mechanism: 'scram-sha-512', username: 'meeting', password: 'pw' },
    });
  });

  it.each([
    [{ KAFKA_SASL_MECHANISM: 'kerberos' }, /must be one of/],
    [
      { KAFKA_SASL_MECHANISM: 'scram-sha-256', KAFKA_SASL_USERNAME: 'u' },
      /needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD/,
    ],
    [{ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'u', KAFKA_SASL_PASSWORD: 'p' }, /clear text/],
    [{ KAFKA_SSL: 'yes' }, /KAFKA_SSL must be true or false/],
  ])('should refuse the Kafka settings %j', (values, message) => {
    expect(() => kafkaSecurityFrom(settings(values))).toThrow(message);
  });
});
