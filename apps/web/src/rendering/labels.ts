/** The Danish words the pages use for the system's codes. A code without a word is shown as it is. */
export const LABELS: Record<string, string> = {
  // case types and outcomes
  'resource-programme': 'Ressourceforløb',
  'job-clarification': 'Jobafklaringsforløb',
  'flex-job': 'Fleksjob',
  'self-employed-subsidy': 'Tilskud til selvstændigt erhvervsdrivende',
  'disability-pension': 'Førtidspension',
  'vocational-rehabilitation': 'Revalidering',
  // departments
  'job-centre': 'Jobcenter',
  'health-coordinator': 'Sundhed',
  'social-psychiatry': 'Social og psykiatri',
  'company-consultant': 'Virksomhedskonsulent',
  // team member roles at a meeting
  chair: 'Mødeleder',
  'minute-taker': 'Referent',
  employment: 'Beskæftigelse',
  health: 'Sundhed',
  social: 'Socialområdet',
  education: 'Uddannelse',
  'region-health-coordinator': 'Regionens sundhedskoordinator',
  'decision-maker': 'Afgørelseskompetent',
  // states
  complete: 'Klar',
  incomplete: 'Mangler bidrag',
  scheduled: 'På dagsordenen',
  recommended: 'Indstillet',
  decided: 'Afgjort',
  submitted: 'Indsendt',
  missing: 'Mangler',
  open: 'Åben',
  referred: 'Henvist',
  'not-requested': 'Ikke anmodet',
  requested: 'Anmodet',
  received: 'Modtaget',
  'absence-explained': 'Mangler, med begrundelse',
  pending: 'Venter',
  sent: 'Sendt',
  acknowledged: 'Kvitteret',
  ok: 'Modtaget uden fejl',
  'transient-error': 'Midlertidig fejl',
  'fatal-error': 'Afvist',
  // services, in the audit log
  meeting: 'Mødeservice',
  'gp-correspondence': 'Korrespondance med egen læge',
  // the order of business (dagsordenens punkter under mødet)
  opened: 'Mødelederen åbner mødet',
  presentation: 'Borger og sagsbehandler fremlægger den forberedende del',
  dialogue: 'Dialog',
  conclusion: 'Mødelederen opsummerer og konkluderer',
  'citizen-questions': 'Borgerens spørgsmål',
  // timeline
  'contribution-submitted': 'Bidrag indsendt',
  'dossier-completed': 'Sagen er klar til teamet',
  'case-scheduled': 'Sat på dagsordenen',
  'recommendation-adopted': 'Indstilling vedtaget',
  'decision-recorded': 'Afgørelse truffet',
  'gp-outcome-sent': 'Sendt til egen læge',
  'gp-outcome-acknowledged': 'Egen læge har kvitteret',
  'gp-certificate-request-sent': 'Anmodning om lægeattest sendt til egen læge',
  'gp-certificate-request-acknowledged': 'Egen læge har kvitteret for anmodningen om lægeattest',
  'gp-reply-received': 'Svar fra egen læge modtaget',
};

export function label(code: unknown): string {
  if (typeof code !== 'string') return '';
  return LABELS[code] ?? code;
}

/** The headings of each department's contribution, in the order the form shows them. */
export const CONTRIBUTION_HEADINGS: Record<string, { key: string; label: string; healthData: boolean }[]> = {
  'job-centre': [
    { key: 'educationAndJobGoals', label: 'Uddannelses- og jobmål', healthData: false },
    { key: 'workExperience', label: 'Erhvervserfaring og CV', healthData: false },
    { key: 'resourcesAndNetwork', label: 'Ressourcer og netværk', healthData: false },
    { key: 'challenges', label: 'Beskæftigelsesmæssige, sociale og helbredsmæssige udfordringer', healthData: false },
    { key: 'healthSituation', label: 'Helbredssituationen og betydningen for arbejde', healthData: true },
    { key: 'incomeSupportHistory', label: 'Forsørgelseshistorik og tidligere indsatser', healthData: false },
    { key: 'gpAssessment', label: 'Lægens vurdering', healthData: true },
  ],
  'health-coordinator': [
    { key: 'assessment', label: 'Helbredsvurdering', healthData: true },
    { key: 'workImplications', label: 'Betydning for arbejde', healthData: true },
    { key: 'treatmentOptions', label: 'Behandlingsmuligheder', healthData: true },
  ],
  'social-psychiatry': [
    { key: 'socialConditions', label: 'Sociale forhold', healthData: false },
    { key: 'existingSupport', label: 'Eksisterende støtte', healthData: false },
    { key: 'housing', label: 'Bolig', healthData: false },
    { key: 'abuseTreatment', label: 'Misbrugsbehandling', healthData: true },
    { key: 'psychiatricStatus', label: 'Psykiatrisk status', healthData: true },
  ],
  'company-consultant': [
    { key: 'jobPossibilities', label: 'Konkrete job-, praktik- og branchemuligheder', healthData: false },
    { key: 'jobDemands', label: 'Hvad jobbet reelt kræver', healthData: false },
  ],
};
