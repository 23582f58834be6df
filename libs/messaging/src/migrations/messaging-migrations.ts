import { AddOutboxTraceHeaders1764538407000 } from './add-outbox-trace-headers.migration';
import { CreateMessagingTables1764000000000 } from './create-messaging-tables.migration';
import { KeepDeadLetteredMessages1764537219000 } from './keep-dead-lettered-messages.migration';

/** The shared messaging tables' migrations, which every service runs before its own. */
export const MESSAGING_MIGRATIONS = [
  CreateMessagingTables1764000000000,
  KeepDeadLetteredMessages1764537219000,
  AddOutboxTraceHeaders1764538407000,
];
