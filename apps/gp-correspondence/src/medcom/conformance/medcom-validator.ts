import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import { ACKNOWLEDGEMENT_EVENT, CARE_COMMUNICATION_EVENT } from '../medcom.systems';
import { ACKNOWLEDGEMENT_RULES, CARE_COMMUNICATION_RULES, MAX_MESSAGE_BYTES, type MedComRule } from './medcom-rules';

/** A rule the message breaks. `location` is a FHIRPath location; nothing from the message is quoted. */
export interface MedComViolation {
  rule: string;
  severity: 'error' | 'warning';
  location: string;
  description: string;
}

type Json = Record<string, unknown>;
type Entry = { fullUrl?: string; resource?: Json };

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function entriesOf(bundle: Json): Entry[] {
  return Array.isArray(bundle.entry) ? (bundle.entry as unknown[]).filter(isObject) : [];
}

/**
 * resolve() inside one message: fhirpath.js resolves references over HTTP only, but a
 * MedCom message is self-contained, so a reference is looked up among the bundle's entries
 * by fullUrl, by a fullUrl that ends in it, or by "Type/id".
 */
function resolverFor(bundle: Json) {
  const entries = entriesOf(bundle);
  const find = (reference: string): Json | undefined =>
    entries.find((entry) => {
      const resource = entry.resource;
      return (
        entry.fullUrl === reference ||
        (entry.fullUrl?.endsWith(`/${reference}`) ?? false) ||
        (isObject(resource) && `${String(resource.resourceType)}/${String(resource.id)}` === reference)
      );
    })?.resource;
  return {
    resolve: {
      fn: (inputs: unknown[]) =>
        inputs.flatMap((input) => {
          const value: unknown = isObject(input) && 'data' in input ? input.data : input;
          const reference = typeof value === 'string' ? value : isObject(value) ? value.reference : undefined;
          const found = typeof reference === 'string' ? find(reference) : undefined;
          return found ? [found] : [];
        }),
      arity: { 0: [] },
    },
  };
}

type Evaluator = (
  resource: unknown,
  environment: Record<string, unknown>,
  options: { userInvocationTable: Resolver },
) => unknown[];
type Resolver = ReturnType<typeof resolverFor>;

const compiled = new Map<string, Evaluator>();

/** Compiles each expression once; a rule that does not parse is a programming error and throws. */
function evaluatorFor(rule: MedComRule): Evaluator {
  let evaluator = compiled.get(rule.id + rule.expression);
  if (!evaluator) {
    // The resolver is given per call; compile needs to know the function exists.
    evaluator = fhirpath.compile(rule.expression, r4, { userInvocationTable: resolverFor({}) }) as Evaluator;
    compiled.set(rule.id + rule.expression, evaluator);
  }
  return evaluator;
}

function holds(rule: MedComRule, target: unknown, bundle: Json, resolver: Resolver): boolean {
  const evaluate = evaluatorFor(rule);
  let result: unknown[];
  try {
    result = evaluate(target, { resource: target, rootResource: bundle }, { userInvocationTable: resolver });
  } catch {
    // A message so malformed that the expression cannot even be evaluated breaks the rule.
    return false;
  }
  // An invariant holds when it evaluates to true; an empty result means there was nothing to check.
  return result.every((value) => value === true);
}

function rulesFor(bundle: Json): readonly MedComRule[] {
  const header = entriesOf(bundle)[0]?.resource;
  const event = isObject(header) && isObject(header.eventCoding) ? header.eventCoding.code : undefined;
  if (event === ACKNOWLEDGEMENT_EVENT) return ACKNOWLEDGEMENT_RULES;
  if (event === CARE_COMMUNICATION_EVENT) return CARE_COMMUNICATION_RULES;
  return CARE_COMMUNICATION_RULES;
}

export interface ValidationOptions {
  /** Checking a received message: the rules that bind only its producer are left out. */
  receiving?: boolean;
}

/** The violations that make a message invalid; warnings are left out. */
export function errorsOf(violations: readonly MedComViolation[]): MedComViolation[] {
  return violations.filter((violation) => violation.severity === 'error');
}

/**
 * Checks a MedCom message (a CareCommunication or an Acknowledgement) against the profiles'
 * rules: cardinalities, fixed codes and systems, required extensions, the invariants
 * (cc-1 to cc-15) as FHIRPath, and the messaging rules. Returns every rule it breaks.
 */
export function validateMedComMessage(message: unknown, options: ValidationOptions = {}): MedComViolation[] {
  if (!isObject(message) || message.resourceType !== 'Bundle') {
    return [
      {
        rule: 'bundle',
        severity: 'error',
        location: 'Bundle',
        description: 'A MedCom message is a FHIR Bundle (resourceType Bundle).',
      },
    ];
  }
  const violations: MedComViolation[] = [];
  if (Buffer.byteLength(JSON.stringify(message)) > MAX_MESSAGE_BYTES) {
    violations.push({
      rule: 'message-size',
      severity: 'error',
      location: 'Bundle',
      description: 'The whole message is at most 50 MB.',
    });
  }
  const table = resolverFor(message);
  const entries = entriesOf(message);
  const rules = rulesFor(message);
  const knownEvent = isObject(entries[0]?.resource) && isObject(entries[0].resource.eventCoding);
  if (!knownEvent) {
    violations.push({
      rule: 'header-event',
      severity: 'error',
      location: 'Bundle.entry[0].resource',
      description: 'The first entry is a MessageHeader with an eventCoding.',
    });
  }
  const broken = (rule: MedComRule, location: string, description = rule.description): MedComViolation => ({
    rule: rule.id,
    severity: rule.severity ?? 'error',
    location,
    description,
  });
  for (const rule of rules) {
    if (rule.producerOnly && options.receiving) continue;
    if (rule.context === 'Bundle') {
      if (!holds(rule, message, message, table)) violations.push(broken(rule, 'Bundle'));
      continue;
    }
    const matching = entries
      .map((entry, index) => ({ resource: entry.resource, index }))
      .filter(({ resource }) => isObject(resource) && resource.resourceType === rule.context);
    if (matching.length === 0 && (rule.context === 'MessageHeader' || rule.context === 'Communication')) {
      if (rule.context === 'MessageHeader' || rules === CARE_COMMUNICATION_RULES) {
        violations.push(broken(rule, 'Bundle', `The message has no ${rule.context}: ${rule.description}`));
      }
      continue;
    }
    for (const { resource, index } of matching) {
      if (!holds(rule, resource, message, table)) {
        violations.push(broken(rule, `Bundle.entry[${index}].resource`));
      }
    }
  }
  return violations;
}
