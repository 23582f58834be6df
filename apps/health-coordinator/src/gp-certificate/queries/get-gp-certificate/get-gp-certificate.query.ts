import { Query } from '@nestjs/cqrs';
import type { GpCertificateView } from '../../http/gp-certificate.view';

export class GetGpCertificateQuery extends Query<GpCertificateView> {
  constructor(readonly caseId: string) {
    super();
  }
}
