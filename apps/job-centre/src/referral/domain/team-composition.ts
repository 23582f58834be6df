import type { TeamMember } from '@rehab/contracts';

/** Always at the table, whatever the case (the company consultant by the practice the mission describes). */
const ALWAYS_REQUIRED: readonly TeamMember[] = [
  'employment',
  'health',
  'social',
  'region-health-coordinator',
  'company-consultant',
];

/** Whole years between a birth date and a day, by the calendar (UTC), as age is counted in law. */
export function ageOn(birthDate: Date, day: Date): number {
  let age = day.getUTCFullYear() - birthDate.getUTCFullYear();
  const birthdayNotYetReached =
    day.getUTCMonth() < birthDate.getUTCMonth() ||
    (day.getUTCMonth() === birthDate.getUTCMonth() && day.getUTCDate() < birthDate.getUTCDate());
  if (birthdayNotYetReached) age -= 1;
  return age;
}

/**
 * The members the case needs. The education member joins when the citizen is under 30 on the
 * day of referral and has no vocational qualification. Only the list leaves here, never the age.
 */
export function requiredTeamMembers(input: {
  citizenBirthDate: Date;
  hasVocationalQualification: boolean;
  referredAt: Date;
}): TeamMember[] {
  const needsEducation = ageOn(input.citizenBirthDate, input.referredAt) < 30 && !input.hasVocationalQualification;
  return needsEducation ? [...ALWAYS_REQUIRED, 'education'] : [...ALWAYS_REQUIRED];
}
