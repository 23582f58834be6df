import { Module } from '@nestjs/common';
import { ReceiveGpMessageHandler } from './commands/receive-gp-message/receive-gp-message.handler';
import { ReplyAsGpHandler } from './commands/reply-as-gp/reply-as-gp.handler';
import { GpInboxController } from './http/gp-inbox.controller';
import { GpInboxRepository } from './infrastructure/gp-inbox.repository';
import { GetGpInboxMessageHandler } from './queries/get-gp-inbox-message/get-gp-inbox-message.handler';
import { ListGpInboxMessagesHandler } from './queries/list-gp-inbox-messages/list-gp-inbox-messages.handler';

/**
 * A stand-in for the GP's own system in the one-command demo: it receives MedCom messages
 * through ReceiveGpMessageCommand, keeps them in its own table and acknowledges them, and lets
 * the GP reply over HTTP. It knows nothing of the adapter that sends to it: replies travel
 * as MedCom messages, through ReceiveIncomingMessageCommand, as over a network.
 */
@Module({
  controllers: [GpInboxController],
  providers: [
    GpInboxRepository,
    ReceiveGpMessageHandler,
    ReplyAsGpHandler,
    GetGpInboxMessageHandler,
    ListGpInboxMessagesHandler,
  ],
})
export class GpInboxModule {}
