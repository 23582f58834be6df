import { DomainError } from '@rehab/platform';

export const ATTACHMENT_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

/** Decoded size of one attachment. The HTTP body limit (1 MB of JSON) bounds them all together. */
export const MAX_ATTACHMENT_BYTES = 512 * 1024;
export const MAX_ATTACHMENTS_PER_VERSION = 10;

/** The first bytes each accepted format starts with, so a renamed file is not taken for a PDF. */
const SIGNATURES: Record<AttachmentMediaType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** An attachment as it arrives with a submission of the preparatory part. */
export interface NewAttachment {
  title: string;
  mediaType: string;
  content: Uint8Array;
}

/** What the case and its events say about an attachment; the content lives in its own table. */
export interface AttachmentSummary {
  attachmentId: string;
  title: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
}

export function checkAttachments(attachments: readonly NewAttachment[]): void {
  if (attachments.length > MAX_ATTACHMENTS_PER_VERSION) {
    throw DomainError.ruleViolated(`At most ${MAX_ATTACHMENTS_PER_VERSION} attachments can go with one version.`);
  }
  attachments.forEach((attachment, index) => {
    const name = `Attachment ${index + 1} ("${attachment.title}")`;
    if (!(ATTACHMENT_MEDIA_TYPES as readonly string[]).includes(attachment.mediaType)) {
      throw DomainError.ruleViolated(`${name} must be a PDF, PNG or JPEG file.`);
    }
    if (attachment.content.length === 0) {
      throw DomainError.ruleViolated(`${name} is empty.`);
    }
    if (attachment.content.length > MAX_ATTACHMENT_BYTES) {
      throw DomainError.ruleViolated(`${name} is larger than ${MAX_ATTACHMENT_BYTES / 1024} KB.`);
    }
    const signature = SIGNATURES[attachment.mediaType as AttachmentMediaType];
    if (!signature.every((byte, position) => attachment.content[position] === byte)) {
      throw DomainError.ruleViolated(`${name} is not a ${attachment.mediaType} file, judging by its content.`);
    }
  });
}
