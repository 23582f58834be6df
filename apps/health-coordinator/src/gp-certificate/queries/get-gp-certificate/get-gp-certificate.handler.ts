import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { requireGpCertificateRequest } from '../../domain/gp-certificate-request.aggregate';
import { type GpCertificateView, toGpCertificateView } from '../../http/gp-certificate.view';
import { GpCertificateRequestRepository } from '../../infrastructure/gp-certificate-request.repository';
import { GetGpCertificateQuery } from './get-gp-certificate.query';

@QueryHandler(GetGpCertificateQuery)
export class GetGpCertificateHandler implements IQueryHandler<GetGpCertificateQuery, GpCertificateView> {
  constructor(private readonly requests: GpCertificateRequestRepository) {}

  async execute(query: GetGpCertificateQuery): Promise<GpCertificateView> {
    return toGpCertificateView(requireGpCertificateRequest(await this.requests.findByCase(query.caseId)));
  }
}
