/** The heading of the request for the GP certificate (LÆ 265). */
export const CERTIFICATE_REQUEST_TOPIC = 'Anmodning om lægeattest til rehabiliteringsteamet (LÆ 265)';

/**
 * The request as the GP reads it. The certificate itself is a MedCom form of its own; this
 * correspondence message asks for it and says by when.
 */
export function certificateRequestText(teamName: string): string {
  return [
    'Kære egen læge',
    '',
    `${teamName} skal behandle din patients sag og anmoder derfor om en lægeattest til rehabiliteringsteamet (LÆ 265).`,
    '',
    'Attesten skal være kommunen i hænde senest 30 dage efter, at du har modtaget denne anmodning.',
    'Send attesten som svar på denne korrespondancemeddelelse, eller som LÆ 265 ad den sædvanlige vej.',
  ].join('\n');
}
