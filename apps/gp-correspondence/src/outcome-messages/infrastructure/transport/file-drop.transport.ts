import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RuntimeSettings } from '@rehab/platform';
import { ReceiveIncomingMessageCommand } from '../../../incoming-messages/commands/receive-incoming-message/receive-incoming-message.command';
import type { MessageBundle } from '../../../medcom/fhir.types';
import { safeErrorText } from '../safe-error-text';
import { GP_TRANSPORT_SETTING, type GpMessageTransport, GpTransportError } from './gp-message-transport';

/**
 * A file-drop mailbox, as many gateways offer: one file per message. Outgoing messages (and
 * the acknowledgements of incoming ones) are written to <GP_MAILBOX_DIR>/out; the gateway's
 * deliveries are read from <GP_MAILBOX_DIR>/in and moved to in/processed once handled.
 * Files are written under a temporary name and renamed, so the gateway never reads half a file.
 */
@Injectable()
export class FileDropTransport implements GpMessageTransport, OnApplicationBootstrap, OnModuleDestroy {
  readonly kind = 'file-drop';
  private readonly logger = new Logger(FileDropTransport.name);
  private readonly directory: string;
  private readonly pollIntervalMs: number;
  private readonly active: boolean;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<number> | undefined;

  constructor(
    private readonly commands: CommandBus,
    settings: RuntimeSettings,
  ) {
    this.directory = settings.get('GP_MAILBOX_DIR', '.data/gp-mailbox');
    this.pollIntervalMs = settings.number('GP_MAILBOX_POLL_INTERVAL_MS', 2000);
    this.active = settings.get(GP_TRANSPORT_SETTING, 'built-in-gp-inbox') === 'file-drop';
  }

  get outbox(): string {
    return join(this.directory, 'out');
  }

  get inbox(): string {
    return join(this.directory, 'in');
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.active) return;
    await mkdir(join(this.inbox, 'processed'), { recursive: true });
    await mkdir(this.outbox, { recursive: true });
    const tick = () => {
      this.polling = this.pollInbox().finally(() => {
        if (this.timer) this.timer = setTimeout(tick, this.pollIntervalMs);
      });
    };
    this.timer = setTimeout(tick, 0);
  }

  async onModuleDestroy(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  async send(message: MessageBundle): Promise<void> {
    try {
      await this.write(message);
    } catch (error) {
      throw new GpTransportError(
        `The mailbox could not take the message (${error instanceof Error ? error.name : 'error'}).`,
      );
    }
  }

  /** Handles every file waiting in the inbox; returns how many. */
  async pollInbox(): Promise<number> {
    let names: string[];
    try {
      names = (await readdir(this.inbox)).filter((name) => name.endsWith('.json')).sort();
    } catch {
      return 0;
    }
    for (const name of names) {
      const path = join(this.inbox, name);
      try {
        const raw = await readFile(path);
        const { acknowledgement } = await this.commands.execute(new ReceiveIncomingMessageCommand(raw, this.kind));
        if (acknowledgement) await this.write(acknowledgement);
        await rename(path, join(this.inbox, 'processed', name));
      } catch (error) {
        // Left in place: the next poll tries again.
        this.logger.warn({ file: name, reason: safeErrorText(error) }, 'mailbox file not handled yet');
      }
    }
    return names.length;
  }

  private async write(message: MessageBundle): Promise<void> {
    await mkdir(this.outbox, { recursive: true });
    const target = join(this.outbox, `${message.id}.json`);
    await writeFile(`${target}.partial`, JSON.stringify(message));
    await rename(`${target}.partial`, target);
  }
}
