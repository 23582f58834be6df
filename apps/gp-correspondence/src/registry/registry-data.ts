import { z } from 'zod';

const SorCode = z.string().regex(/^\d{6,18}$/, 'must be a SOR code (6 to 18 digits)');
const EanCode = z.string().regex(/^\d{13}$/, 'must be an EAN location number (13 digits)');

const Organization = z.strictObject({
  sorCode: SorCode,
  eanCode: EanCode,
  name: z.string().trim().min(1).max(200),
  /** The MedCom address; the SOR-based address when not given. */
  endpoint: z.string().url().optional(),
});

/** What the registry file (GP_REGISTRY_FILE) holds: municipalities' senders and GP clinics. */
export const RegistryDataSchema = z.strictObject({
  municipalities: z
    .array(
      Organization.extend({
        municipality: z.string().regex(/^\d{3}$/, 'must be a municipality code (3 digits)'),
        /** Who signs the messages, with the phone number a GP can call back on. */
        author: z.strictObject({
          givenName: z.string().trim().min(1),
          familyName: z.string().trim().min(1),
          role: z.string().trim().min(1),
          phone: z.string().regex(/^[+]?[-0-9 ]+$/, 'must be a telephone number'),
        }),
      }),
    )
    .min(1),
  gpClinics: z.array(Organization),
});

export type RegistryData = z.infer<typeof RegistryDataSchema>;
export type RegisteredOrganization = z.infer<typeof Organization>;
export type RegisteredMunicipality = RegistryData['municipalities'][number];
