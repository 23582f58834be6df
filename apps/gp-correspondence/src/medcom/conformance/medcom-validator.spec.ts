import { careCommunicationMessage, OFFICIAL_EXAMPLES, officialExample } from '../../testing/medcom-fixtures';
import type { Communication, MessageBundle } from '../fhir.types';
import { errorsOf, validateMedComMessage } from './medcom-validator';

function communicationOf(bundle: MessageBundle): Communication {
  const found = bundle.entry.find((entry) => entry.resource.resourceType === 'Communication');
  if (!found) throw new Error('no Communication');
  return found.resource as Communication;
}

const rulesBroken = (bundle: unknown) => validateMedComMessage(bundle).map((violation) => violation.rule);

describe('validateMedComMessage', () => {
  it.each(OFFICIAL_EXAMPLES)('should find no error when receiving the official example %s', (name) => {
    expect(errorsOf(validateMedComMessage(officialExample(name), { receiving: true }))).toEqual([]);
  });

  it('should hold the producer to the narrative when checking an official example as if it were ours', () => {
    expect(rulesBroken(officialExample('care-communication-new'))).toEqual(['narrative']);
  });

  it('should warn, not fail, when an attachment has neither data nor a link', () => {
    const violations = validateMedComMessage(officialExample('care-communication-second-reply'), { receiving: true });
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'communication-attachment-content', severity: 'warning' }),
    ]);
  });

  it('should find no broken rule when checking a message this service builds', () => {
    expect(validateMedComMessage(careCommunicationMessage())).toEqual([]);
  });

  it('should report cc-5 when a priority is given outside the regarding-referral category', () => {
    const bundle = careCommunicationMessage();
    Object.assign(communicationOf(bundle), { priority: 'asap' });
    expect(rulesBroken(bundle)).toEqual(['medcom-careCommunication-5']);
  });

  it('should report cc-6 when the category is other and there is no topic', () => {
    const bundle = careCommunicationMessage({ category: 'carecoordination', topic: undefined });
    communicationOf(bundle).category[0].coding![0].code = 'other';
    expect(rulesBroken(bundle)).toEqual(['medcom-careCommunication-6']);
  });

  it('should report cc-7 when the author PractitionerRole has both a role code and a role text', () => {
    const bundle = careCommunicationMessage();
    const role = bundle.entry.find((entry) => entry.resource.resourceType === 'PractitionerRole')!.resource;
    Object.assign(role, { code: [{ coding: [{ system: 'urn:example', code: 'x' }], text: 'both' }] });
    expect(rulesBroken(bundle)).toEqual(['medcom-careCommunication-7']);
  });

  it('should report cc-8 when the author has no name', () => {
    const bundle = careCommunicationMessage();
    const practitioner = bundle.entry.find((entry) => entry.resource.resourceType === 'Practitioner')!.resource;
    delete (practitioner as { name?: unknown }).name;
    expect(rulesBroken(bundle)).toEqual(
      expect.arrayContaining(['medcom-careCommunication-8', 'medcom-careCommunication-4']),
    );
  });

  it('should report cc-9 when an encounter has no episode-of-care identifier', () => {
    const bundle = careCommunicationMessage();
    const encounter = {
      resourceType: 'Encounter',
      id: 'e1',
      text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml">x</div>' },
    };
    bundle.entry.push({ fullUrl: 'https://example.invalid/fhir/Encounter/e1', resource: encounter as never });
    Object.assign(communicationOf(bundle), { encounter: { reference: 'Encounter/e1' } });
    expect(rulesBroken(bundle)).toEqual(['medcom-careCommunication-9']);
  });

  it('should report the fixed codes when the status, event code and definition are wrong', () => {
    const bundle = careCommunicationMessage();
    Object.assign(communicationOf(bundle), { status: 'completed' });
    const header = bundle.entry[0].resource as { definition?: string };
    header.definition =
      'http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition|4.0';
    expect(rulesBroken(bundle)).toEqual(['medcom-carecommunication-definition-url', 'communication-status']);
  });

  it('should report the missing extensions when a text payload has no author contact', () => {
    const bundle = careCommunicationMessage();
    const payload = communicationOf(bundle).payload[0];
    payload.extension = payload.extension.filter(
      (extension) => !extension.url.endsWith('medcom-core-contact-extension'),
    );
    expect(rulesBroken(bundle)).toEqual(['communication-text-payload-extensions']);
  });

  it('should report cardinality when there are two patients and an organisation without EAN', () => {
    const bundle = careCommunicationMessage();
    const patient = bundle.entry.find((entry) => entry.resource.resourceType === 'Patient')!;
    bundle.entry.push({ ...patient, fullUrl: `${patient.fullUrl}-2`, resource: { ...patient.resource, id: 'second' } });
    const organization = bundle.entry.find((entry) => entry.resource.resourceType === 'Organization')!.resource as {
      identifier: { system?: string }[];
    };
    organization.identifier = organization.identifier.filter((identifier) => identifier.system !== 'urn:oid:1.3.88');
    expect(rulesBroken(bundle)).toEqual(['organization-identifiers', 'organization-ean', 'medcom-careCommunication-2']);
  });

  it('should only warn, as a receiver, when an organisation names its EAN under another system', () => {
    const bundle = careCommunicationMessage();
    const organization = bundle.entry.find((entry) => entry.resource.resourceType === 'Organization')!.resource as {
      identifier: { system?: string }[];
    };
    organization.identifier[1].system = 'https://www.gs1.org/gln';
    const violations = validateMedComMessage(bundle, { receiving: true });
    expect(violations.map(({ rule, severity }) => ({ rule, severity }))).toEqual([
      { rule: 'organization-ean', severity: 'warning' },
    ]);
  });

  it('should say what it expected, never quoting the CPR number, when something is not a bundle', () => {
    const violations = validateMedComMessage({ resourceType: 'Patient', identifier: [{ value: '2509479989' }] });
    expect(violations.map(({ rule, severity, location }) => ({ rule, severity, location }))).toEqual([
      { rule: 'bundle', severity: 'error', location: 'Bundle' },
    ]);
    expect(JSON.stringify(violations)).not.toContain('2509479989');
  });

  it('should report a not-ok acknowledgement without an OperationOutcome', () => {
    const bundle = officialExample('acknowledgement-fatal-error');
    bundle.entry = bundle.entry.filter((entry) => entry.resource.resourceType !== 'OperationOutcome');
    expect(validateMedComMessage(bundle, { receiving: true }).map((violation) => violation.rule)).toEqual([
      'medcom-acknowledgement-1',
    ]);
  });
});

describe('validateMedComMessage on references', () => {
  it('should report a focus, subject and sender that point to nothing in the message', () => {
    const bundle = careCommunicationMessage();
    const header = bundle.entry[0].resource as { focus?: { reference: string }[]; sender: { reference: string } };
    header.focus = [{ reference: 'Communication/elsewhere' }];
    header.sender = { reference: 'Organization/elsewhere' };
    Object.assign(communicationOf(bundle), { subject: { reference: 'Patient/elsewhere' } });
    expect(rulesBroken(bundle)).toEqual(
      expect.arrayContaining(['header-sender', 'header-focus', 'communication-subject']),
    );
  });
});
