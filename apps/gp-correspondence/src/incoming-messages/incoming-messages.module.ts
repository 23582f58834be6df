import { Module } from '@nestjs/common';
import { OutcomeMessagesModule } from '../outcome-messages/outcome-messages.module';
import { ReceiveIncomingMessageHandler } from './commands/receive-incoming-message/receive-incoming-message.handler';
import { IncomingMessagesController } from './http/incoming-messages.controller';
import { MedComMessagesController } from './http/medcom-messages.controller';
import { IncomingMessagesRepository } from './infrastructure/incoming-messages.repository';
import { IncomingMessageEventsPublisher } from './messaging/incoming-message-events.publisher';
import { GetIncomingMessageHandler } from './queries/get-incoming-message/get-incoming-message.handler';
import { ListIncomingMessagesHandler } from './queries/list-incoming-messages/list-incoming-messages.handler';

/**
 * The receiving side: everything a GP's system sends this service, through any transport.
 * Messages are kept raw, acknowledged, deduplicated and threaded to their case.
 */
@Module({
  imports: [OutcomeMessagesModule],
  controllers: [MedComMessagesController, IncomingMessagesController],
  providers: [
    ReceiveIncomingMessageHandler,
    IncomingMessagesRepository,
    IncomingMessageEventsPublisher,
    ListIncomingMessagesHandler,
    GetIncomingMessageHandler,
  ],
})
export class IncomingMessagesModule {}
