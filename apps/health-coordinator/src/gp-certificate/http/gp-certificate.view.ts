import { ApiProperty } from '@nestjs/swagger';
import { GP_CERTIFICATE_STATUSES, type GpCertificateRequest } from '../domain/gp-certificate-request.aggregate';

export class GpCertificateReceiptView {
  @ApiProperty({ description: 'Where the certificate is kept; the certificate itself is not stored here' })
  documentReference!: string;
  @ApiProperty() receivedAt!: string;
  @ApiProperty() recordedBy!: string;
}

/** The GP certificate (LÆ 265) for a case: requested, its 30-day answer deadline, and received. */
export class GpCertificateView {
  @ApiProperty() certificateRequestId!: string;
  @ApiProperty() caseId!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ enum: GP_CERTIFICATE_STATUSES }) status!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty() requestedAt!: string;
  @ApiProperty({ description: 'The GP must answer within 30 days of the request' }) answerDeadline!: string;
  @ApiProperty({ type: GpCertificateReceiptView, nullable: true }) receipt!: GpCertificateReceiptView | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the missed answer deadline was announced' })
  overdueAnnouncedAt!: string | null;
}

export function toGpCertificateView(request: GpCertificateRequest): GpCertificateView {
  const state = request.snapshot();
  return {
    certificateRequestId: state.id,
    caseId: state.caseId,
    municipality: state.municipality,
    status: state.status,
    requestedBy: state.requestedBy,
    requestedAt: state.requestedAt.toISOString(),
    answerDeadline: state.answerDeadline.toISOString(),
    receipt: state.receipt
      ? {
          documentReference: state.receipt.documentReference,
          receivedAt: state.receipt.receivedAt.toISOString(),
          recordedBy: state.receipt.recordedBy,
        }
      : null,
    overdueAnnouncedAt: state.overdueAnnouncedAt?.toISOString() ?? null,
  };
}
