import { createCipheriv, createDecipheriv, createHmac, randomBytes, scryptSync } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import { CprNumber } from '../domain/cpr-number';

const DEVELOPMENT_SECRET = 'rehab-orchestrator-development-secret-do-not-use-in-production';

/**
 * Keeps CPR numbers unreadable at rest: a keyed hash to find a person by CPR, and AES-256-GCM
 * to read the number back when a MedCom message must carry it. The secret comes from
 * CPR_VAULT_SECRET; without it a development secret is used and a warning is logged.
 */
@Injectable()
export class CprVault {
  private readonly logger = new Logger(CprVault.name);
  private readonly hashKey: Buffer;
  private readonly encryptionKey: Buffer;

  constructor(settings: RuntimeSettings) {
    const secret = settings.optional('CPR_VAULT_SECRET');
    if (!secret) {
      this.logger.warn({ service: 'job-centre' }, 'CPR_VAULT_SECRET is not set; using the development secret');
    }
    const material = scryptSync(secret ?? DEVELOPMENT_SECRET, 'rehab-orchestrator-cpr-vault', 64);
    this.hashKey = material.subarray(0, 32);
    this.encryptionKey = material.subarray(32, 64);
  }

  lookupHash(cpr: CprNumber): string {
    return createHmac('sha256', this.hashKey).update(cpr.digits).digest('hex');
  }

  encrypt(cpr: CprNumber): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encryptionKey, iv);
    const encrypted = Buffer.concat([cipher.update(cpr.digits, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), encrypted].map((part) => part.toString('base64')).join('.');
  }

  decrypt(sealed: string): CprNumber {
    const [iv, tag, encrypted] = sealed.split('.').map((part) => Buffer.from(part, 'base64'));
    const decipher = createDecipheriv('aes-256-gcm', this.encryptionKey, iv);
    decipher.setAuthTag(tag);
    return CprNumber.parse(Buffer.concat([decipher.update(encrypted), decipher.final()]).toString('utf8'));
  }
}
