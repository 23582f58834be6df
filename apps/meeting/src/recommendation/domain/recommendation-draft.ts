import type { CaseType, Department } from '@rehab/contracts';

/** Danish names for what the draft shows; the template wording itself lives in the .hbs file. */
const CASE_TYPE_NAMES: Record<CaseType, string> = {
  'resource-programme': 'Ressourceforløb',
  'job-clarification': 'Jobafklaringsforløb',
  'flex-job': 'Fleksjob',
  'self-employed-subsidy': 'Tilskud til selvstændigt erhvervsdrivende',
  'disability-pension': 'Førtidspension',
};

const DEPARTMENT_NAMES: Record<Department, string> = {
  'job-centre': 'Jobcentret – forberedende del af rehabiliteringsplanen',
  'health-coordinator': 'Sundhedskoordinator – helbredsmæssig vurdering',
  'social-psychiatry': 'Socialområdet og psykiatrien',
  'company-consultant': 'Virksomhedskonsulent',
};

const FIELD_LABELS: Record<string, string> = {
  educationAndJobGoals: 'Uddannelses- og jobmål',
  workExperience: 'Arbejdserfaring og CV',
  resourcesAndNetwork: 'Personlige ressourcer og netværk',
  challenges: 'Beskæftigelsesmæssige, sociale og helbredsmæssige udfordringer',
  healthSituation: 'Helbredssituationen og betydningen for arbejde',
  incomeSupportHistory: 'Forsørgelseshistorik og tidligere indsatser',
  gpAssessment: 'Egen læges vurdering',
  assessment: 'Helbredsmæssig vurdering',
  workImplications: 'Betydning for arbejdsevnen',
  treatmentOptions: 'Behandlingsmuligheder',
  socialConditions: 'Sociale forhold',
  existingSupport: 'Eksisterende social støtte',
  housing: 'Boligforhold',
  abuseTreatment: 'Misbrugsbehandling',
  psychiatricStatus: 'Psykiatrisk status',
  jobPossibilities: 'Konkrete job-, praktik- og branchemuligheder',
  jobDemands: 'Hvad et job vil kræve',
};

/** What the draft is made from: the case's contributions as the dossier holds them. */
export interface DraftSource {
  caseType: CaseType | null;
  meetingStartsAt: Date;
  citizen: { present: boolean; absenceReason: string | null; supporter: string | null } | null;
  contributions: readonly {
    department: Department;
    version: number;
    submittedBy: string;
    submittedAt: Date;
    content: Readonly<Record<string, string>>;
  }[];
  missingDepartments: readonly Department[];
}

/** The model the recommendation template renders; every value is plain text. */
export interface RecommendationDraftModel {
  caseType: string;
  meetingDate: string;
  citizenAttendance: string;
  supporter: string | null;
  contributions: {
    title: string;
    version: number;
    author: string;
    submittedOn: string;
    fields: { label: string; text: string }[];
  }[];
  missing: string[];
}

const DANISH_DATE = new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeZone: 'Europe/Copenhagen' });
const DANISH_DATE_TIME = new Intl.DateTimeFormat('da-DK', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/Copenhagen',
});

/** Puts the dossier's contributions side by side, in the usual order, with Danish headings. */
export function recommendationDraftModel(source: DraftSource): RecommendationDraftModel {
  const order = Object.keys(DEPARTMENT_NAMES);
  return {
    caseType: source.caseType ? CASE_TYPE_NAMES[source.caseType] : 'Ikke oplyst',
    meetingDate: DANISH_DATE_TIME.format(source.meetingStartsAt),
    citizenAttendance: citizenAttendanceText(source.citizen),
    supporter: source.citizen?.supporter ?? null,
    contributions: [...source.contributions]
      .sort((a, b) => order.indexOf(a.department) - order.indexOf(b.department))
      .map((contribution) => ({
        title: DEPARTMENT_NAMES[contribution.department],
        version: contribution.version,
        author: contribution.submittedBy,
        submittedOn: DANISH_DATE.format(contribution.submittedAt),
        fields: Object.entries(contribution.content).map(([key, text]) => ({ label: FIELD_LABELS[key] ?? key, text })),
      })),
    missing: source.missingDepartments.map((department) => DEPARTMENT_NAMES[department]),
  };
}

function citizenAttendanceText(citizen: DraftSource['citizen']): string {
  if (!citizen) return 'Ikke registreret';
  if (citizen.present) return 'Borgeren deltog';
  return `Borgeren deltog ikke. Begrundelse: ${citizen.absenceReason ?? ''}`;
}
