import { Global, Module } from '@nestjs/common';
import { AuditLog } from './audit-log';
import { AuditController } from './audit.controller';
import { AuditedInterceptor } from './audited.interceptor';

/**
 * The audit log of a service whose routes touch personal data. Global, so @Audited works in
 * any of the service's feature modules. The service also lists AUDIT_MIGRATIONS.
 */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditLog, AuditedInterceptor],
  exports: [AuditLog, AuditedInterceptor],
})
export class AuditModule {}
