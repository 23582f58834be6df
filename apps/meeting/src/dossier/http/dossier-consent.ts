import type { ConsentParty, Department } from '@rehab/contracts';
import { type AccessRole, consentStanding, type KnownConsent, type RequiredConsent } from '@rehab/platform';
import type { DossierView } from './dossier.view';

/**
 * The other departments, as parties a citizen consents to share case information with. The
 * job centre owns the case and the meeting's own roles (chair, minute-taker, decision maker)
 * run it, so only these department members need the citizen's consent to see the others' work.
 */
const DEPARTMENT_MEMBERS: Partial<Record<AccessRole, { department: Department; party: ConsentParty }>> = {
  'member-health-coordinator': { department: 'health-coordinator', party: 'region-health-coordinator' },
  'health-coordinator': { department: 'health-coordinator', party: 'region-health-coordinator' },
  'member-social-psychiatry': { department: 'social-psychiatry', party: 'social-psychiatry' },
  'member-company-consultant': { department: 'company-consultant', party: 'company-consultant' },
};

/** The consent under which case information is shared with a department (samtykke til videregivelse). */
export function sharingConsentWith(party: ConsentParty): RequiredConsent {
  return { scope: 'share-case-information', party };
}

/**
 * The dossier as a department member may see it: their own department's contribution always;
 * the other departments' contributions (the job centre's preparatory part included) only when
 * the citizen consented to sharing case information with their department. Without it, the
 * contents are left out and consentWithheld says which consent is missing. Applied after the
 * health-data rule, which it never loosens.
 */
export function dossierSharedWith(
  roles: readonly AccessRole[],
  consents: readonly KnownConsent[],
  dossier: DossierView,
): DossierView {
  const memberships = roles.map((role) => DEPARTMENT_MEMBERS[role]);
  if (memberships.some((membership) => membership === undefined)) return { ...dossier, consentWithheld: null };
  const own = memberships.filter((membership) => membership !== undefined);
  if (own.some(({ party }) => consentStanding(consents, sharingConsentWith(party)) === 'given')) {
    return { ...dossier, consentWithheld: null };
  }
  const ownDepartments = new Set(own.map(({ department }) => department));
  const parties = [...new Set(own.map(({ party }) => party))];
  return {
    ...dossier,
    consentWithheld:
      `Withheld: the citizen's consent to share case information with ${parties.join(', ')} is not recorded, ` +
      'or was withdrawn; ' +
      `the other departments' contributions are shown once the consent "share-case-information" with ` +
      `${parties.length === 1 ? 'that party' : 'one of these parties'} is recorded at the job centre.`,
    contributions: dossier.contributions.map((contribution) =>
      ownDepartments.has(contribution.department as Department) || !contribution.current
        ? contribution
        : { ...contribution, current: { ...contribution.current, content: {} } },
    ),
  };
}
