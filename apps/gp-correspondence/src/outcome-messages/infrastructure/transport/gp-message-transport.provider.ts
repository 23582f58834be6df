import type { Provider } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import { BuiltInGpInboxTransport } from './built-in-gp-inbox.transport';
import { FileDropTransport } from './file-drop.transport';
import {
  GP_MESSAGE_TRANSPORT,
  GP_TRANSPORT_KINDS,
  GP_TRANSPORT_SETTING,
  type GpMessageTransport,
  type GpTransportKind,
} from './gp-message-transport';
import { HttpGatewayTransport } from './http-gateway.transport';

export const TRANSPORT_PROVIDERS: Provider[] = [BuiltInGpInboxTransport, HttpGatewayTransport, FileDropTransport];

/** GP_TRANSPORT chooses the transport; the built-in GP inbox when it is not set. */
export const gpMessageTransportProvider: Provider = {
  provide: GP_MESSAGE_TRANSPORT,
  inject: [RuntimeSettings, BuiltInGpInboxTransport, HttpGatewayTransport, FileDropTransport],
  useFactory: (
    settings: RuntimeSettings,
    builtIn: BuiltInGpInboxTransport,
    http: HttpGatewayTransport,
    fileDrop: FileDropTransport,
  ): GpMessageTransport => {
    const kind = settings.get(GP_TRANSPORT_SETTING, 'built-in-gp-inbox');
    if (!(GP_TRANSPORT_KINDS as readonly string[]).includes(kind)) {
      throw new Error(`${GP_TRANSPORT_SETTING} must be one of: ${GP_TRANSPORT_KINDS.join(', ')}`);
    }
    const transports: Record<GpTransportKind, GpMessageTransport> = {
      'built-in-gp-inbox': builtIn,
      'http-gateway': http,
      'file-drop': fileDrop,
    };
    return transports[kind as GpTransportKind];
  },
};
