import { Controller, DefaultValuePipe, Get, Inject, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { quoteIdentifier, TransactionRunner } from '@rehab/messaging';
import type { ServiceDefinition } from '../runtime/service-definition';
import { SERVICE_DEFINITION } from '../runtime/tokens';

/** Lets an operator see what this service's consumer could not handle, and why. */
@ApiTags('operations')
@Controller('operations/dead-letters')
export class DeadLetterController {
  constructor(
    @Inject(SERVICE_DEFINITION) private readonly definition: ServiceDefinition,
    private readonly transactions: TransactionRunner,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Messages this service sent to its dead-letter topic, newest first' })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async list(@Query('limit', new DefaultValuePipe(50), ParseIntPipe) limit: number) {
    const rows = await this.transactions.dataSource.query<Record<string, unknown>[]>(
      `SELECT id, source_topic, source_partition, source_offset, event_id, event_type, reason, attempts, dead_lettered_at
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
    }));
  }
}
