import type { Readable } from 'node:stream';
import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { FHIR_JSON } from '../../outcome-messages/infrastructure/transport/http-gateway.transport';
import { ReceiveIncomingMessageCommand } from '../commands/receive-incoming-message/receive-incoming-message.command';
import { AllowRoles } from '@rehab/platform';

/** A whole MedCom message may weigh 50 MB; a little more is read so that the limit is the message's, not ours. */
const MAX_BODY_BYTES = 55 * 1024 * 1024;

class BodyTooLarge extends Error {}

async function rawBodyOf(request: Request): Promise<Buffer> {
  // application/json is parsed by the platform; FHIR JSON is read here as it came, so that
  // even bytes that are not JSON are kept.
  if (request.body !== undefined && Object.keys(request.body as object).length > 0) {
    return Buffer.from(JSON.stringify(request.body));
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as Readable) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Where the MedCom gateway (the HTTP transport) delivers: GPs' messages and the
 * acknowledgements of ours. A message is answered with its acknowledgement (the same one
 * again for a duplicate); an acknowledgement with 202 and nothing; bytes that are not a
 * message at all with 400 and an OperationOutcome, after they have been kept.
 */
@ApiTags('medcom')
@Controller('medcom/messages')
export class MedComMessagesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @AllowRoles('general-practitioner', 'service')
  @HttpCode(200)
  @ApiOperation({ summary: 'Receive a MedCom message (CareCommunication or Acknowledgement) from the gateway' })
  @ApiConsumes(FHIR_JSON, 'application/json')
  @ApiBody({ schema: { type: 'object', description: 'A FHIR Bundle of type message' } })
  @ApiOkResponse({ description: 'The MedCom acknowledgement (ok or fatal-error with an OperationOutcome)' })
  @ApiAcceptedResponse({ description: 'An acknowledgement was received; acknowledgements are not acknowledged' })
  @ApiBadRequestResponse({ description: 'Not a MedCom message; the bytes are kept and the OperationOutcome says why' })
  @ApiPayloadTooLargeResponse({ description: 'Larger than a MedCom message may be (50 MB)' })
  async receive(@Req() request: Request, @Res() response: Response): Promise<void> {
    let raw: Buffer;
    try {
      raw = await rawBodyOf(request);
    } catch (error) {
      if (!(error instanceof BodyTooLarge)) throw error;
      response
        .status(413)
        .json({ statusCode: 413, error: 'Payload Too Large', message: 'A MedCom message is at most 50 MB.' });
      return;
    }
    const result = await this.commands.execute(new ReceiveIncomingMessageCommand(raw, 'http-gateway'));
    if (result.acknowledgement) {
      response.status(200).type(FHIR_JSON).send(JSON.stringify(result.acknowledgement));
      return;
    }
    if (result.problems.length > 0 && result.problems[0].code === 'structure') {
      response
        .status(400)
        .type(FHIR_JSON)
        .send(
          JSON.stringify({
            resourceType: 'OperationOutcome',
            issue: result.problems.map((problem) => ({
              severity: 'fatal',
              code: problem.code,
              diagnostics: problem.diagnostics,
            })),
          }),
        );
      return;
    }
    response.status(202).end();
  }
}
