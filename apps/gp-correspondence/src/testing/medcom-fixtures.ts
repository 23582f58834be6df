import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { buildCareCommunicationMessage, type CareCommunicationInput } from '../medcom/care-communication.builder';
import type { MessageBundle } from '../medcom/fhir.types';

/**
 * Test data shaped on MedCom's "1st message" example (carecommunication/1st-message.fsh):
 * the same SOR and EAN numbers, the same test CPR number and call-back phone.
 */
export const EXAMPLE = {
  senderSor: '265161000016000',
  senderEan: '5790000209354',
  receiverSor: '953741000016009',
  receiverEan: '5790001348120',
  cpr: '2509479989',
  phone: '38683868',
} as const;

export function careCommunicationInput(overrides: Partial<CareCommunicationInput> = {}): CareCommunicationInput {
  return {
    bundleId: randomUUID(),
    messageHeaderId: randomUUID(),
    sentAt: new Date('2024-05-01T10:00:00Z'),
    sender: { sorCode: EXAMPLE.senderSor, eanCode: EXAMPLE.senderEan, name: 'Rehabiliteringsteamet, kommune 101' },
    receiver: { sorCode: EXAMPLE.receiverSor, eanCode: EXAMPLE.receiverEan, name: 'Lægerne Nørrebro' },
    author: { givenName: 'Michael', familyName: 'Burns', role: 'Koordinerende sagsbehandler', phone: EXAMPLE.phone },
    patient: { cpr: EXAMPLE.cpr },
    category: 'carecoordination',
    topic: 'Rehabiliteringsteamets indstilling og kommunens afgørelse',
    text: 'Kommunens afgørelse: ressourceforløb.',
    ...overrides,
  };
}

export function careCommunicationMessage(overrides: Partial<CareCommunicationInput> = {}): MessageBundle {
  return buildCareCommunicationMessage(careCommunicationInput(overrides));
}

/** The official MedCom examples, translated from the MedCom CareCommunication IG's FSH into JSON. */
export const OFFICIAL_EXAMPLES = [
  'care-communication-new',
  'care-communication-reply',
  'care-communication-second-reply',
  'care-communication-forward',
  'care-communication-modified',
  'care-communication-retract',
  'care-communication-replacement-cpr',
  'acknowledgement-ok',
  'acknowledgement-transient-error',
  'acknowledgement-fatal-error',
] as const;
export type OfficialExample = (typeof OFFICIAL_EXAMPLES)[number];

export const OFFICIAL_EXAMPLES_DIRECTORY = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'medcom');

/** A fresh copy each time, so a test may change it. */
export function officialExample(name: OfficialExample): MessageBundle {
  return JSON.parse(readFileSync(join(OFFICIAL_EXAMPLES_DIRECTORY, `${name}.json`), 'utf8')) as MessageBundle;
}
