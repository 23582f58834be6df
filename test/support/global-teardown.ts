import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { TEST_KAFKA_STATE_DIR } from './global-setup';

export default function globalTeardown(): void {
  if (process.env.REHAB_TEST_STARTED_KAFKA === '1' && process.env.KEEP_TEST_KAFKA !== '1') {
    execFileSync('bash', [join(__dirname, '..', '..', 'infra', 'kafka', 'stop.sh'), '--clean'], {
      env: { ...process.env, KAFKA_STATE_DIR: TEST_KAFKA_STATE_DIR },
      stdio: 'inherit',
    });
    delete process.env.REHAB_TEST_STARTED_KAFKA;
    delete process.env.KAFKA_BROKERS;
  }
}
