import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RuntimeSettings } from '@rehab/platform';
import { ReceiveIncomingMessageCommand } from '../../../incoming-messages/commands/receive-incoming-message/receive-incoming-message.command';
import type { MessageBundle } from '../../../medcom/fhir.types';
import { type GpMessageTransport, GpTransportError } from './gp-message-transport';

export const FHIR_JSON = 'application/fhir+json';

/**
 * POSTs each message to the municipality's MedCom gateway (GP_GATEWAY_URL) as FHIR JSON. A
 * 2xx means the gateway took it. A gateway that answers with an acknowledgement at once has
 * it handled like any other; later ones, and GPs' messages, come to POST /api/medcom/messages.
 */
@Injectable()
export class HttpGatewayTransport implements GpMessageTransport {
  readonly kind = 'http-gateway';
  private readonly url: string | undefined;
  private readonly timeoutMs: number;

  constructor(
    private readonly commands: CommandBus,
    settings: RuntimeSettings,
  ) {
    this.url = settings.optional('GP_GATEWAY_URL');
    this.timeoutMs = settings.number('GP_GATEWAY_TIMEOUT_MS', 10_000);
  }

  async send(message: MessageBundle): Promise<void> {
    if (!this.url) throw new GpTransportError('GP_GATEWAY_URL is not set.');
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': FHIR_JSON, accept: FHIR_JSON },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'unreachable';
      throw new GpTransportError(`The MedCom gateway did not take the message (${reason}).`);
    }
    const body = Buffer.from(await response.arrayBuffer());
    if (!response.ok) throw new GpTransportError(`The MedCom gateway refused the message (HTTP ${response.status}).`);
    if (body.length > 0) await this.commands.execute(new ReceiveIncomingMessageCommand(body, this.kind));
  }
}
