import type {
  Communication,
  MessageBundle,
  MessageHeader,
  Organization,
  Patient,
  Practitioner,
  PractitionerRole,
  Provenance,
  Resource,
} from './fhir.types';
import { buildCareCommunicationMessage, MedComRuleViolation } from './care-communication.builder';
import { careCommunicationInput, careCommunicationMessage, EXAMPLE } from '../testing/medcom-fixtures';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function only<T extends Resource['resourceType']>(
  bundle: MessageBundle,
  type: T,
): Extract<Resource, { resourceType: T }> {
  const found = bundle.entry.filter((entry) => entry.resource.resourceType === type);
  expect(found).toHaveLength(1);
  return found[0].resource as Extract<Resource, { resourceType: T }>;
}

/** Resolves a relative reference the way a FHIR client does: against the entries' fullUrls. */
function resolve(bundle: MessageBundle, reference: string): Resource {
  const found = bundle.entry.filter((entry) => entry.fullUrl.endsWith(`/${reference}`));
  expect(found).toHaveLength(1);
  return found[0].resource;
}

function extension(payload: Communication['payload'][number], name: string) {
  return payload.extension.find(
    (candidate) => candidate.url === `http://medcomfhir.dk/ig/core/StructureDefinition/${name}`,
  );
}

describe('buildCareCommunicationMessage', () => {
  describe('the bundle', () => {
    it('should be a message bundle with the given id and a timestamp when built', () => {
      const input = careCommunicationInput();
      const bundle = buildCareCommunicationMessage(input);
      expect(bundle.resourceType).toBe('Bundle');
      expect(bundle.type).toBe('message');
      expect(bundle.id).toBe(input.bundleId);
      expect(bundle.timestamp).toBe('2024-05-01T10:00:00.000Z');
      expect(bundle.meta?.profile).toEqual([
        'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-message',
      ]);
    });

    it('should hold the MessageHeader first and the other resources after it when built', () => {
      const bundle = careCommunicationMessage();
      expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual([
        'MessageHeader',
        'Communication',
        'Patient',
        'Organization',
        'Organization',
        'PractitionerRole',
        'Practitioner',
        'Provenance',
      ]);
    });

    it('should give every entry a fullUrl of its type and id when built', () => {
      for (const entry of careCommunicationMessage().entry) {
        expect(entry.fullUrl).toMatch(new RegExp(`/${entry.resource.resourceType}/${entry.resource.id}$`));
      }
    });

    it('should use new UUIDs for Bundle.id and MessageHeader.id when two messages are built', () => {
      const first = careCommunicationMessage();
      const second = careCommunicationMessage();
      for (const bundle of [first, second]) {
        expect(bundle.id).toMatch(UUID_V4);
        expect(bundle.entry[0].resource.id).toMatch(UUID_V4);
      }
      expect(new Set([first.id, second.id, first.entry[0].resource.id, second.entry[0].resource.id]).size).toBe(4);
    });

    it('should resolve every reference to an entry of the bundle when built', () => {
      const bundle = careCommunicationMessage();
      const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
      expect(references.length).toBeGreaterThan(8);
      for (const reference of references) resolve(bundle, reference.slice('"reference":"'.length, -1));
    });

    it('should give every resource a narrative when built', () => {
      for (const { resource } of careCommunicationMessage().entry) {
        expect(resource.text?.status).toBe('generated');
        expect(resource.text?.div).toMatch(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">.+<\/div>$/);
      }
    });

    it('should escape markup in the narrative when the text contains it', () => {
      const communication = only(careCommunicationMessage({ text: 'Vægt < 60 kg & <script>' }), 'Communication');
      expect(communication.text?.div).toContain('Vægt &lt; 60 kg &amp; &lt;script&gt;');
      expect(communication.payload[0].contentString).toBe('Vægt < 60 kg & <script>');
    });
  });

  describe('the MessageHeader', () => {
    const header = (bundle = careCommunicationMessage()) => bundle.entry[0].resource as MessageHeader;

    it('should carry the CareCommunication message header profile (medcom-careCommunication-1)', () => {
      expect(header().meta?.profile?.[0]).toMatch(
        /^http:\/\/medcomfhir\.dk\/ig\/carecommunication\/StructureDefinition\/medcom-careCommunication-messageHeader/,
      );
    });

    it('should use the care-communication-message event code from the MedCom event codes', () => {
      expect(header().eventCoding).toEqual({
        system: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes',
        code: 'care-communication-message',
      });
    });

    it('should have exactly one destination, the primary one, marked with the destination-use extension', () => {
      const bundle = careCommunicationMessage();
      const [destination, ...others] = header(bundle).destination;
      expect(others).toEqual([]);
      expect(destination.extension).toEqual([
        {
          url: 'http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-destinationUseExtension',
          valueCoding: {
            system: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-destinationUse',
            code: 'primary',
          },
        },
      ]);
      expect(destination.endpoint).toBe(`https://sor2.sum.dsdn.dk/#id=${EXAMPLE.receiverSor}`);
      const receiver = resolve(bundle, destination.receiver.reference) as Organization;
      expect(receiver.identifier).toContainEqual({ system: 'urn:oid:1.2.208.176.1.1', value: EXAMPLE.receiverSor });
    });

    it('should name the sender and its SOR-based endpoint for the acknowledgement', () => {
      const bundle = careCommunicationMessage();
      const sender = resolve(bundle, header(bundle).sender.reference) as Organization;
      expect(sender.identifier).toContainEqual({ system: 'urn:oid:1.2.208.176.1.1', value: EXAMPLE.senderSor });
      expect(header(bundle).source.endpoint).toBe(`https://sor2.sum.dsdn.dk/#id=${EXAMPLE.senderSor}`);
    });

    it('should focus on the Communication', () => {
      const bundle = careCommunicationMessage();
      expect(header(bundle).focus).toHaveLength(1);
      expect(resolve(bundle, header(bundle).focus![0].reference)).toBe(only(bundle, 'Communication'));
    });

    it('should point to the CareCommunication message definition 5.0 (medcom-carecommunication-definition-url)', () => {
      const { definition } = header();
      expect(definition).toBe(
        'http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition|5.0',
      );
      expect(definition).toMatch(
        /^http:\/\/medcomfhir\.dk\/ig\/messagedefinitions\/MessageDefinition\/MedComCareCommunicationMessageDefinition[|]5[.][0-9]{1,2}$/,
      );
    });
  });

  describe('the Communication', () => {
    it('should have status unknown and exactly one urn:uuid identifier (UUID v4)', () => {
      const communication = only(careCommunicationMessage(), 'Communication');
      expect(communication.status).toBe('unknown');
      expect(communication.identifier).toHaveLength(1);
      expect(communication.identifier[0].value).toMatch(/^urn:uuid:/);
      expect(communication.identifier[0].value.slice('urn:uuid:'.length)).toMatch(UUID_V4);
    });

    it('should have exactly one category, carecoordination from the MedCom category codes', () => {
      const communication = only(careCommunicationMessage(), 'Communication');
      expect(communication.category).toEqual([
        {
          coding: [
            {
              system: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-careCommunication-categoryCodes',
              code: 'carecoordination',
            },
          ],
        },
      ]);
    });

    it('should carry the heading as topic text and concern the one Patient', () => {
      const bundle = careCommunicationMessage();
      const communication = only(bundle, 'Communication');
      expect(communication.topic?.text).toBe('Rehabiliteringsteamets indstilling og kommunens afgørelse');
      expect(resolve(bundle, communication.subject.reference)).toBe(only(bundle, 'Patient'));
    });

    it('should have neither priority (cc-5) nor encounter (cc-9, cc-15) when it is not about a referral', () => {
      const communication = only(careCommunicationMessage(), 'Communication') as unknown as Record<string, unknown>;
      expect(communication.priority).toBeUndefined();
      expect(communication.encounter).toBeUndefined();
    });

    it('should carry the text payload with its date, identifier, author and author contact', () => {
      const bundle = careCommunicationMessage();
      const [payload, ...others] = only(bundle, 'Communication').payload;
      expect(others).toEqual([]);
      expect(payload.contentString).toBe('Kommunens afgørelse: ressourceforløb.');
      expect(extension(payload, 'medcom-core-datetime-extension')?.valueDateTime).toBe(bundle.timestamp);
      const identifier = extension(payload, 'medcom-core-identifier-extension')?.valueIdentifier;
      expect(identifier?.value.slice('urn:uuid:'.length)).toMatch(UUID_V4);
      expect(resolve(bundle, identifier!.assigner!.reference)).toBe(
        resolve(bundle, (bundle.entry[0].resource as MessageHeader).sender.reference),
      );
      expect(extension(payload, 'medcom-core-contact-extension')?.valueContactPoint).toEqual({
        system: 'phone',
        value: EXAMPLE.phone,
      });
    });

    it('should name an author whose role points to a practitioner with given and family name (cc-4, cc-7, cc-13)', () => {
      const bundle = careCommunicationMessage();
      const payload = only(bundle, 'Communication').payload[0];
      const role = resolve(
        bundle,
        extension(payload, 'medcom-core-practitioner-extension')!.valueReference!.reference,
      ) as PractitionerRole;
      expect(role.resourceType).toBe('PractitionerRole');
      expect(role.code).toEqual([{ text: 'Koordinerende sagsbehandler' }]);
      const practitioner = resolve(bundle, role.practitioner.reference) as Practitioner;
      expect(practitioner.name).toEqual([{ family: 'Burns', given: ['Michael'] }]);
      expect(resolve(bundle, role.organization.reference)).toBe(
        resolve(bundle, (bundle.entry[0].resource as MessageHeader).sender.reference),
      );
    });
  });

  describe('the Patient and the organisations', () => {
    it('should hold exactly one Patient, identified by CPR (medcom-careCommunication-2)', () => {
      const patient: Patient = only(careCommunicationMessage(), 'Patient');
      expect(patient.identifier).toEqual([{ system: 'urn:oid:1.2.208.176.1.2', value: EXAMPLE.cpr }]);
    });

    it('should identify both organisations by SOR and EAN when the EAN numbers are known', () => {
      const organizations = careCommunicationMessage()
        .entry.map((entry) => entry.resource)
        .filter((resource): resource is Organization => resource.resourceType === 'Organization');
      expect(organizations.map((organization) => organization.identifier)).toEqual([
        [
          { system: 'urn:oid:1.2.208.176.1.1', value: EXAMPLE.senderSor },
          { system: 'urn:oid:1.3.88', value: EXAMPLE.senderEan },
        ],
        [
          { system: 'urn:oid:1.2.208.176.1.1', value: EXAMPLE.receiverSor },
          { system: 'urn:oid:1.3.88', value: EXAMPLE.receiverEan },
        ],
      ]);
    });

    it('should refuse an organisation without an EAN number, which the messaging profile requires', () => {
      expect(() =>
        careCommunicationMessage({ receiver: { sorCode: '123456789012', eanCode: '', name: 'Lægerne' } }),
      ).toThrow(new MedComRuleViolation('An organisation needs an EAN location number of 13 digits.'));
    });
  });

  describe('the Provenance', () => {
    it('should record a new-message activity by the sender on this MessageHeader (medcom-careCommunication-3)', () => {
      const bundle = careCommunicationMessage();
      const provenance: Provenance = only(bundle, 'Provenance');
      expect(provenance.meta?.profile?.[0]).toMatch(
        /^http:\/\/medcomfhir\.dk\/ig\/carecommunication\/StructureDefinition\/medcom-careCommunication-provenance/,
      );
      expect(provenance.activity.coding).toEqual([
        {
          system: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes',
          code: 'new-message',
        },
      ]);
      expect(resolve(bundle, provenance.target[0].reference)).toBe(bundle.entry[0].resource);
      expect(resolve(bundle, provenance.agent[0].who.reference)).toBe(
        resolve(bundle, (bundle.entry[0].resource as MessageHeader).sender.reference),
      );
      expect(provenance.occurredDateTime).toBe(bundle.timestamp);
    });

    it('should reference the payload it covers by the payload identifier', () => {
      const bundle = careCommunicationMessage();
      const payloadIdentifier = extension(only(bundle, 'Communication').payload[0], 'medcom-core-identifier-extension')
        ?.valueIdentifier?.value;
      expect(only(bundle, 'Provenance').entity).toEqual([
        { role: 'source', what: { identifier: { value: payloadIdentifier } } },
      ]);
    });
  });

  describe('refusals', () => {
    it('should refuse a message when the CPR number is not ten digits, without quoting it', () => {
      expect.assertions(2);
      try {
        careCommunicationMessage({ patient: { cpr: '250947-9989' } });
      } catch (error) {
        expect(error).toBeInstanceOf(MedComRuleViolation);
        expect((error as Error).message).not.toContain('9989');
      }
    });

    it('should refuse a message when the category is other and there is no topic (cc-6)', () => {
      expect(() => careCommunicationMessage({ category: 'other', topic: undefined })).toThrow(/cc-6/);
    });

    it('should refuse a message when Bundle.id is not a UUID v4', () => {
      expect(() => careCommunicationMessage({ bundleId: 'message-1' })).toThrow(MedComRuleViolation);
    });

    it('should refuse a message when Bundle.id and MessageHeader.id are the same', () => {
      const id = '7d1b8c2e-3f4a-4b5c-8d6e-9f0a1b2c3d4e';
      expect(() => careCommunicationMessage({ bundleId: id, messageHeaderId: id })).toThrow(/must differ/);
    });

    it('should refuse a message when the text is empty', () => {
      expect(() => careCommunicationMessage({ text: '  ' })).toThrow(/text/);
    });
  });
});
