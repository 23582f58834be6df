import { GpCertificateRequest, type GpCertificateStatus } from '../domain/gp-certificate-request.aggregate';
import { GpCertificateRequestEntity } from './gp-certificate-request.entity';

export const GpCertificateRequestMapper = {
  toDomain(entity: GpCertificateRequestEntity): GpCertificateRequest {
    return GpCertificateRequest.restore({
      id: entity.id,
      caseId: entity.caseId,
      personId: entity.personId,
      municipality: entity.municipality,
      status: entity.status as GpCertificateStatus,
      requestedBy: entity.requestedBy,
      requestedAt: entity.requestedAt,
      answerDeadline: entity.answerDeadline,
      receipt:
        entity.documentReference && entity.receivedAt && entity.receivedRecordedBy
          ? {
              documentReference: entity.documentReference,
              receivedAt: entity.receivedAt,
              recordedBy: entity.receivedRecordedBy,
            }
          : null,
      overdueAnnouncedAt: entity.overdueAnnouncedAt,
      version: entity.version,
    });
  },

  toEntity(request: GpCertificateRequest): GpCertificateRequestEntity {
    const state = request.snapshot();
    const entity = new GpCertificateRequestEntity();
    Object.assign(entity, {
      id: state.id,
      caseId: state.caseId,
      personId: state.personId,
      municipality: state.municipality,
      status: state.status,
      requestedBy: state.requestedBy,
      requestedAt: state.requestedAt,
      answerDeadline: state.answerDeadline,
      documentReference: state.receipt?.documentReference ?? null,
      receivedAt: state.receipt?.receivedAt ?? null,
      receivedRecordedBy: state.receipt?.recordedBy ?? null,
      overdueAnnouncedAt: state.overdueAnnouncedAt,
      version: state.version,
    });
    return entity;
  },
};
