/** The parts of a MedCom CareCommunication a GP reads: the patient, the topic and the texts. */
export interface ReadableMessage {
  patientName: string | null;
  patientIdentifier: string | null;
  texts: string[];
}

type Resource = Record<string, unknown>;

function resources(bundle: unknown): Resource[] {
  const entries = (bundle as { entry?: unknown } | null)?.entry;
  return Array.isArray(entries)
    ? entries
        .map((entry) => (entry as { resource?: Resource }).resource)
        .filter((resource): resource is Resource => !!resource)
    : [];
}

export function readableMessage(bundle: unknown): ReadableMessage {
  const all = resources(bundle);
  const patient = all.find((resource) => resource.resourceType === 'Patient');
  const name = (patient?.name as { text?: string; given?: string[]; family?: string }[] | undefined)?.[0];
  const identifier = (patient?.identifier as { value?: string }[] | undefined)?.[0]?.value ?? null;
  const texts = all
    .filter((resource) => resource.resourceType === 'Communication')
    .flatMap((resource) => (resource.payload as { contentString?: string }[] | undefined) ?? [])
    .map((payload) => payload.contentString)
    .filter((text): text is string => typeof text === 'string');
  return {
    patientName: name?.text ?? ([...(name?.given ?? []), name?.family].filter(Boolean).join(' ') || null),
    patientIdentifier: identifier,
    texts,
  };
}
