import { Controller, DefaultValuePipe, Get, HttpCode, Inject, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { DeadLetterReplayer, quoteIdentifier, TransactionRunner } from '@rehab/messaging';
import { DomainError } from '../domain/domain-error';
import type { ServiceDefinition } from '../runtime/service-definition';
import { SERVICE_DEFINITION } from '../runtime/tokens';
import { AllowRoles } from '../auth/route-access.decorator';

/** Lets an operator see what this service's consumer could not handle, and why. */
@ApiTags('operations')
@AllowRoles('operator')
@Controller('operations/dead-letters')
export class DeadLetterController {
  constructor(
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
    private readonly transactions: TransactionRunner,
    private readonly replayer: DeadLetterReplayer,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Messages this service sent to its dead-letter topic, newest first' })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async list(@Query('limit', new DefaultValuePipe(50), ParseIntPipe) limit: number) {
    const rows = await this.transactions.dataSource.query<Record<string, unknown>[]>(
      `SELECT id, source_topic, source_partition, source_offset, event_id, event_type, reason, attempts, dead_lettered_at,
              replay_count, last_replayed_at
         FROM ${quoteIdentifier(this.definition.schema)}.dead_letter ORDER BY id DESC LIMIT $1`,
      [Math.min(Math.max(limit, 1), 500)],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      sourceTopic: row.source_topic,
      sourcePartition: row.source_partition,
      sourceOffset: String(row.source_offset),
      eventId: row.event_id,
      eventType: row.event_type,
      reason: row.reason,
      attempts: row.attempts,
      deadLetteredAt: row.dead_lettered_at,
      replayCount: row.replay_count,
      lastReplayedAt: row.last_replayed_at,
    }));
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a dead-lettered event back to its topic once its cause is fixed',
    description:
      'Consumers that handled the event before skip it by its event id; only this service acts on it again. ' +
      'A message that is not a readable event cannot be replayed.',
  })
  @ApiOkResponse({ description: 'Published again to its original topic' })
  @ApiNotFoundResponse({ description: 'No dead letter with this id' })
  @ApiConflictResponse({ description: 'The dead letter cannot be replayed, and why' })
  async replay(@Param('id', ParseIntPipe) id: number) {
    const result = await this.replayer.replay(id);
    switch (result.outcome) {
      case 'replayed':
        return { id: result.id, replayedTo: result.topic, replayCount: result.replayCount };
      case 'not-found':
        throw DomainError.notFound(`There is no dead letter ${id}.`);
      case 'not-replayable':
        throw DomainError.conflict(`Dead letter ${id} cannot be replayed: ${result.why}.`);
    }
  }
}
