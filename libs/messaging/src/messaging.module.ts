import {
  type DynamicModule,
  Inject,
  Logger,
  Module,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ALL_TOPICS, physicalTopic } from '@rehab/contracts';
import type { DataSource } from 'typeorm';
import { EventConsumerHost } from './consumer/event-consumer-host';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { TransactionRunner } from './transaction-runner';
import { MESSAGE_TRANSPORT } from './transport/message-transport';

/**
 * The messaging pipeline of one service: outbox, relay, consumers with inbox and dead
 * letters. The transport is handed in, so the same service runs on Kafka or on the embedded
 * broker; the caller owns it and closes it.
 */
@Module({})
export class MessagingModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MessagingModule.name);

  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        { provide: MESSAGE_TRANSPORT, useValue: options.transport },
        {
          provide: TransactionRunner,
          useFactory: (dataSource: DataSource) => new TransactionRunner(dataSource),
          inject: [getDataSourceToken(options.dataSourceName)],
        },
        Outbox,
        OutboxRelay,
        EventConsumerHost,
      ],
      exports: [TransactionRunner, Outbox, OutboxRelay, EventConsumerHost, MESSAGE_TRANSPORT, MESSAGING_OPTIONS],
    };
  }

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly relay: OutboxRelay,
    private readonly consumers: EventConsumerHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const prefix = this.options.topicPrefix ?? '';
    this.consumers.discoverHandlers();
    await this.options.transport.ensureTopics([
      ...ALL_TOPICS.map((topic) => physicalTopic(topic, prefix)),
      this.consumers.deadLetterTopic,
    ]);
    this.relay.start();
    if (this.options.consumer?.enabled !== false) await this.consumers.start();
  }

  async onApplicationShutdown(): Promise<void> {
    // Stop taking new messages first, then let the relay finish the batch in hand.
    await this.consumers.stop();
    await this.relay.stop();
    this.logger.log({ service: this.options.serviceName }, 'messaging stopped');
  }
}
