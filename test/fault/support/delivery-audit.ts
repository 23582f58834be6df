import { Client } from 'pg';
import { SERVICE_NAMES, type ServiceUrls } from '../../e2e/support/service-processes';

const SCHEMAS = SERVICE_NAMES.map((name) => name.replace(/-/g, '_'));

/** The first message to the GP about each decision (corrections and forwards follow it in its thread). */
const OUTCOME_MESSAGES = `(SELECT id, decision_id FROM gp_correspondence.outcome_message
  WHERE purpose = 'outcome' AND activity = 'new-message' AND decision_id IS NOT NULL) o`;
/** What the built-in GP inbox stored, by the decision it is about, through the envelope it came in. */
const RECEIVED_BY_GP = `(SELECT o.decision_id FROM gp_correspondence.gp_inbox_message g
  JOIN gp_correspondence.outgoing_envelope e ON e.message_header_id::text = g.message_header_id
  JOIN ${OUTCOME_MESSAGES} ON o.id = e.outcome_message_id) r`;

export interface DeliveryCounts {
  outbox_events: number;
  outbox_unpublished: number;
  /** Where the unpublished rows are, as `schema:count` pairs, so a stuck relay is found at once. */
  outbox_unpublished_where: string;
  /** Handled events a consumer group has never seen, for event types that group handles. */
  events_lost: number;
  inbox_rows: number;
  dead_letters: number;
  decisions: number;
  cases_decided_twice: number;
  outcome_messages: number;
  decisions_with_two_outcome_messages: number;
  gp_inbox_messages: number;
  decisions_received_twice_by_gp: number;
  /** Messages sent again because no acknowledgement came in time. */
  gp_resends: number;
  /** Deliveries the GP inbox recognised as a copy of one it had (answered alike, not stored again). */
  gp_inbox_duplicate_deliveries: number;
}

async function count(client: Client, sql: string): Promise<number> {
  const rows = await client.query<{ n: string }>(sql);
  return Number(rows.rows[0]?.n ?? 0);
}

async function unpublishedWhere(client: Client): Promise<string> {
  const parts: string[] = [];
  for (const schema of SCHEMAS) {
    const n = await count(client, `SELECT count(*) AS n FROM ${schema}.outbox_message WHERE published_at IS NULL`);
    if (n > 0) parts.push(`${schema}:${n}`);
  }
  return parts.join(',') || 'none';
}

/**
 * What the services' own tables say about delivery: every outbox row published, every published
 * event in the inbox of every group that handles its type, nothing done twice.
 */
export async function auditDelivery(databaseUrl: string): Promise<DeliveryCounts> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const outboxes = SCHEMAS.map(
      (schema) => `SELECT event_id, event_type, published_at FROM ${schema}.outbox_message`,
    ).join(' UNION ALL ');
    const inboxes = SCHEMAS.map(
      (schema) => `SELECT consumer_group, event_id, event_type FROM ${schema}.inbox_message`,
    ).join(' UNION ALL ');
    const deadLetters = SCHEMAS.map((schema) => `SELECT id FROM ${schema}.dead_letter`).join(' UNION ALL ');
    return {
      outbox_events: await count(client, `SELECT count(*) AS n FROM (${outboxes}) o`),
      outbox_unpublished: await count(client, `SELECT count(*) AS n FROM (${outboxes}) o WHERE published_at IS NULL`),
      outbox_unpublished_where: await unpublishedWhere(client),
      events_lost: await count(
        client,
        `WITH outbox AS (${outboxes}), inbox AS (${inboxes}),
              handles AS (SELECT DISTINCT consumer_group, event_type FROM inbox)
         SELECT count(*) AS n FROM handles h JOIN outbox o ON o.event_type = h.event_type
         WHERE NOT EXISTS (SELECT 1 FROM inbox i WHERE i.consumer_group = h.consumer_group AND i.event_id = o.event_id)`,
      ),
      inbox_rows: await count(client, `SELECT count(*) AS n FROM (${inboxes}) i`),
      dead_letters: await count(client, `SELECT count(*) AS n FROM (${deadLetters}) d`),
      decisions: await count(client, 'SELECT count(*) AS n FROM meeting.decision'),
      cases_decided_twice: await count(
        client,
        'SELECT count(*) AS n FROM (SELECT case_id FROM meeting.decision GROUP BY case_id HAVING count(*) > 1) d',
      ),
      outcome_messages: await count(client, `SELECT count(*) AS n FROM ${OUTCOME_MESSAGES}`),
      decisions_with_two_outcome_messages: await count(
        client,
        `SELECT count(*) AS n FROM (SELECT decision_id FROM ${OUTCOME_MESSAGES} GROUP BY decision_id HAVING count(*) > 1) d`,
      ),
      gp_inbox_messages: await count(client, `SELECT count(*) AS n FROM ${RECEIVED_BY_GP}`),
      decisions_received_twice_by_gp: await count(
        client,
        `SELECT count(*) AS n FROM (SELECT decision_id FROM ${RECEIVED_BY_GP} GROUP BY decision_id HAVING count(*) > 1) d`,
      ),
      gp_resends: await count(client, 'SELECT coalesce(sum(resends), 0) AS n FROM gp_correspondence.outcome_message'),
      gp_inbox_duplicate_deliveries: await count(
        client,
        'SELECT coalesce(sum(duplicates_received), 0) AS n FROM gp_correspondence.gp_inbox_message',
      ),
    };
  } finally {
    await client.end();
  }
}

/** The sum of `rehab_consumer_lag` over every group and partition, as each service reports it at /metrics. */
export async function totalConsumerLag(urls: ServiceUrls): Promise<number> {
  let total = 0;
  for (const url of Object.values(urls)) {
    const response = await fetch(`${url}/metrics`);
    if (response.status !== 200) throw new Error(`${url}/metrics answered ${response.status}`);
    const series = (await response.text()).split('\n').filter((line) => line.startsWith('rehab_consumer_lag{'));
    if (series.length === 0) throw new Error(`${url}/metrics has no rehab_consumer_lag series yet`);
    for (const line of series) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}
