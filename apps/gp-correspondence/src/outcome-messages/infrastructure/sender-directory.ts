import { Injectable, Logger } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import { DEFAULT_FULL_URL_BASE, type MessagingOrganizationInput } from '../../medcom/care-communication.builder';

export interface MessageSender {
  organization: MessagingOrganizationInput;
  author: { givenName: string; familyName: string; role: string; phone: string };
  fullUrlBase: string;
}

/** A placeholder, recognisably not a real SOR code; set GP_SENDER_SOR_CODE in a real deployment. */
const DEVELOPMENT_SENDER_SOR_CODE = '000000000000000';

/**
 * Who the municipality's messages come from: the unit's SOR (and EAN) identity, and the
 * author a GP can call back. A setting suffixed with the municipality code
 * (GP_SENDER_SOR_CODE_101) overrides the general one, for operators who serve several.
 */
@Injectable()
export class SenderDirectory {
  private readonly logger = new Logger(SenderDirectory.name);

  constructor(private readonly settings: RuntimeSettings) {
    if (!settings.optional('GP_SENDER_SOR_CODE')) {
      this.logger.warn(
        { service: 'gp-correspondence' },
        'GP_SENDER_SOR_CODE is not set; outcome messages carry a placeholder sender SOR code',
      );
    }
  }

  senderFor(municipality: string): MessageSender {
    const setting = (name: string, fallback: string) =>
      this.settings.get(`${name}_${municipality}`, this.settings.get(name, fallback));
    const eanCode = this.settings.optional(`GP_SENDER_EAN_CODE_${municipality}`) ?? this.settings.optional('GP_SENDER_EAN_CODE');
    return {
      organization: {
        sorCode: setting('GP_SENDER_SOR_CODE', DEVELOPMENT_SENDER_SOR_CODE),
        ...(eanCode ? { eanCode } : {}),
        name: setting('GP_SENDER_NAME', `Rehabiliteringsteamet, kommune ${municipality}`),
      },
      author: {
        givenName: setting('GP_AUTHOR_GIVEN_NAME', 'Rehabiliteringsteamets'),
        familyName: setting('GP_AUTHOR_FAMILY_NAME', 'sekretariat'),
        role: setting('GP_AUTHOR_ROLE', 'Sekretariat for rehabiliteringsteamet'),
        phone: setting('GP_SENDER_PHONE', '70000000'),
      },
      fullUrlBase: this.settings.get('GP_FHIR_BASE_URL', DEFAULT_FULL_URL_BASE),
    };
  }
}
