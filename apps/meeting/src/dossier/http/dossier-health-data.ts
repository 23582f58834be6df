import { type AccessRole, mayAnyReadHealthData } from '@rehab/platform';
import type { DossierView } from './dossier.view';

/** What a reader without the right to health data sees in place of them. */
export const HEALTH_DATA_WITHHELD =
  'Withheld: health data (the health assessment and the GP certificate) are readable only by roles that may read health data.';

/**
 * The dossier as the reader may see it. The health assessment (the health coordinator's
 * contribution) and the GP certificate's reference are health data: a reader none of whose
 * roles may read health data (mayReadHealthData) sees that they exist and when, never their
 * content, and the dossier says so in healthDataWithheld.
 */
export function dossierFor(roles: readonly AccessRole[], dossier: DossierView): DossierView {
  if (mayAnyReadHealthData(roles)) return { ...dossier, healthDataWithheld: null };
  return {
    ...dossier,
    healthDataWithheld: HEALTH_DATA_WITHHELD,
    gpCertificate: { ...dossier.gpCertificate, documentReference: null },
    contributions: dossier.contributions.map((contribution) =>
      contribution.department === 'health-coordinator' && contribution.current
        ? { ...contribution, current: { ...contribution.current, content: {} } }
        : contribution,
    ),
  };
}
