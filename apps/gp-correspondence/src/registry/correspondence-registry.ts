import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { RuntimeSettings } from '@rehab/platform';
import { sorEndpoint } from '../medcom/medcom.systems';
import { BUILT_IN_REGISTRY } from './built-in-registry';
import {
  type RegisteredMunicipality,
  type RegisteredOrganization,
  type RegistryData,
  RegistryDataSchema,
} from './registry-data';

export const REGISTRY_FILE_SETTING = 'GP_REGISTRY_FILE';

/** A registry file that cannot be used; the service does not start with it. */
export class RegistryFileInvalid extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegistryFileInvalid';
  }
}

/** Reads and checks a registry file; the message says which field is wrong, never a value. */
export function readRegistryFile(path: string): RegistryData {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new RegistryFileInvalid(`${REGISTRY_FILE_SETTING} cannot be read as JSON`);
  }
  const parsed = RegistryDataSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new RegistryFileInvalid(`${REGISTRY_FILE_SETTING} is not a valid registry (${where})`);
  }
  return parsed.data;
}

/**
 * Who sends and who receives: each municipality's rehabilitation team and the GP clinics,
 * with SOR id, EAN number, name and MedCom endpoint. From GP_REGISTRY_FILE when set,
 * otherwise the small built-in demo set.
 */
@Injectable()
export class CorrespondenceRegistry {
  private readonly municipalities: Map<string, RegisteredMunicipality>;
  private readonly clinics: Map<string, RegisteredOrganization>;

  constructor(settings: RuntimeSettings) {
    const file = settings.optional(REGISTRY_FILE_SETTING);
    const data = file ? readRegistryFile(file) : BUILT_IN_REGISTRY;
    this.municipalities = new Map(data.municipalities.map((entry) => [entry.municipality, entry]));
    this.clinics = new Map(data.gpClinics.map((entry) => [entry.sorCode, entry]));
  }

  municipality(code: string): RegisteredMunicipality | undefined {
    return this.municipalities.get(code);
  }

  gpClinic(sorCode: string): RegisteredOrganization | undefined {
    return this.clinics.get(sorCode);
  }

  /** Any organisation by SOR code: a clinic or a municipality's team. */
  organization(sorCode: string): RegisteredOrganization | undefined {
    return this.clinics.get(sorCode) ?? [...this.municipalities.values()].find((entry) => entry.sorCode === sorCode);
  }

  /** The SOR codes this service receives messages for: the municipalities' teams. */
  municipalitySorCodes(): ReadonlySet<string> {
    return new Set([...this.municipalities.values()].map((entry) => entry.sorCode));
  }

  endpointOf(organization: RegisteredOrganization): string {
    return organization.endpoint ?? sorEndpoint(organization.sorCode);
  }
}
