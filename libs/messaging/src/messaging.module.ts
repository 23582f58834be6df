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
import type { DataSource } from 'typeorm';
import { DeadLetterReplayer } from './consumer/dead-letter-replayer';
import { EventConsumerHost } from './consumer/event-consumer-host';
import { MESSAGING_OPTIONS, type MessagingOptions } from './messaging.options';
import { MessagingMetricsReporter } from './metrics/messaging-metrics-reporter';
import { Outbox } from './outbox/outbox';
import { OutboxRelay } from './outbox/outbox-relay';
import { deadLetterTopicSpec, eventTopicSpecs } from './topology/topic-plan';
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
        MessagingMetricsReporter,
        DeadLetterReplayer,
      ],
      exports: [
        TransactionRunner,
        Outbox,
        OutboxRelay,
        EventConsumerHost,
        DeadLetterReplayer,
        MESSAGE_TRANSPORT,
        MESSAGING_OPTIONS,
      ],
    };
  }

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    private readonly relay: OutboxRelay,
    private readonly consumers: EventConsumerHost,
    private readonly metrics: MessagingMetricsReporter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const prefix = this.options.topicPrefix ?? '';
    this.consumers.discoverHandlers();
    // The same plan `npm run topics:provision` applies; here only what is missing is created.
    await this.options.transport.ensureTopics([
      ...eventTopicSpecs({ prefix }),
      deadLetterTopicSpec(this.options.serviceName, { prefix }),
    ]);
    this.relay.start();
    if (this.options.consumer?.enabled !== false) await this.consumers.start();
    this.metrics.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.metrics.stop();
    // Stop taking new messages first, then let the relay finish the batch in hand.
    await this.consumers.stop();
    await this.relay.stop();
    this.logger.log({ service: this.options.serviceName }, 'messaging stopped');
  }
}
