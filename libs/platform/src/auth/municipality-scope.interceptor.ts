import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  NotFoundException,
} from '@nestjs/common';
import { TransactionRunner } from '@rehab/messaging';
import { from, map, mergeMap, type Observable } from 'rxjs';
import { SERVICE_ROLE } from '../access/roles';
import type { ServiceDefinition } from '../runtime/service-definition';
import { SERVICE_DEFINITION } from '../runtime/tokens';
import type { AuthenticatedRequest } from './access.guard';
import { mayTouchMunicipality } from './municipality-access';
import type { Principal } from './principal';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SQL_NAME = /^[a-z_][a-z0-9_]*$/;

/** The same answer as for a record that does not exist, so a refusal discloses nothing. */
const notFound = () => new NotFoundException('Nothing with that id is known here.');

function municipalityOf(value: unknown): string | undefined {
  const municipality = (value as { municipality?: unknown } | null)?.municipality;
  return typeof value === 'object' && typeof municipality === 'string' ? municipality : undefined;
}

/**
 * One municipality never sees or changes another's records. Before the handler: a record the
 * route names (ServiceDefinition.recordMunicipalities) must be of one of the caller's
 * municipalities, else 404. After it, as a second line: an answer that is a record of another
 * municipality becomes 404 and a list loses such records. Machine callers (the service role)
 * act for the whole installation.
 */
@Injectable()
export class MunicipalityScopeInterceptor implements NestInterceptor {
  constructor(
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
    private readonly transactions: TransactionRunner,
  ) {
    for (const source of definition.recordMunicipalities ?? []) {
      if (!SQL_NAME.test(source.table) || !SQL_NAME.test(source.idColumn)) {
        throw new Error(`recordMunicipalities of ${definition.name} names an invalid table or column`);
      }
    }
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal;
    if (!principal || principal.roles.includes(SERVICE_ROLE)) return next.handle();
    return from(this.refuseAnotherMunicipalitysRecord(request.params ?? {}, principal)).pipe(
      mergeMap(() => next.handle()),
      map((result: unknown) => scoped(result, principal)),
    );
  }

  private async refuseAnotherMunicipalitysRecord(params: Record<string, unknown>, principal: Principal): Promise<void> {
    for (const source of this.definition.recordMunicipalities ?? []) {
      const id = params[source.param];
      if (typeof id !== 'string' || !UUID.test(id)) continue;
      const rows = await this.transactions.dataSource.query<{ municipality: string }[]>(
        `SELECT municipality FROM "${this.definition.schema}"."${source.table}" WHERE "${source.idColumn}" = $1 LIMIT 1`,
        [id],
      );
      const municipality = rows[0]?.municipality;
      if (municipality !== undefined && !mayTouchMunicipality(principal, municipality)) throw notFound();
    }
  }
}

function scoped(result: unknown, principal: Principal): unknown {
  if (Array.isArray(result)) {
    return result.filter((item) => {
      const municipality = municipalityOf(item);
      return municipality === undefined || mayTouchMunicipality(principal, municipality);
    });
  }
  const municipality = municipalityOf(result);
  if (municipality !== undefined && !mayTouchMunicipality(principal, municipality)) throw notFound();
  return result;
}
