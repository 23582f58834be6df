import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ConsentRecorded, ConsentWithdrawn, type EnvelopeOf } from '@rehab/contracts';
import { HandleEvent } from '@rehab/messaging';
import { TrackConsentCommand } from '../commands/track-consent/track-consent.command';

/** The citizen's consents decide which messages may go to the GP. */
@Injectable()
export class ConsentEventsConsumer {
  constructor(private readonly commands: CommandBus) {}

  @HandleEvent(ConsentRecorded)
  async recorded({ payload }: EnvelopeOf<typeof ConsentRecorded>): Promise<void> {
    await this.commands.execute(
      new TrackConsentCommand(payload, { kind: 'given', givenAt: new Date(payload.givenAt) }),
    );
  }

  @HandleEvent(ConsentWithdrawn)
  async withdrawn({ payload }: EnvelopeOf<typeof ConsentWithdrawn>): Promise<void> {
    await this.commands.execute(
      new TrackConsentCommand(payload, { kind: 'withdrawn', withdrawnAt: new Date(payload.withdrawnAt) }),
    );
  }
}
