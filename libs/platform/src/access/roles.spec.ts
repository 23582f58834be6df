import { DEPARTMENTS } from '@rehab/contracts';
import {
  contributorsOf,
  describeRole,
  HEALTH_DATA_ROLES,
  isRole,
  mayAnyReadHealthData,
  mayReadHealthData,
  ROLES,
  rolesOfDepartment,
  SERVICE_ROLE,
  TEAM_ROLES,
} from './roles';

describe('roles', () => {
  it('should let exactly the roles that need health data read them when asked per role', () => {
    const readers = ROLES.filter(mayReadHealthData).sort();
    expect(readers).toEqual(
      ['chair', 'coordinating-caseworker', 'decision-maker', 'health-coordinator', 'member-health-coordinator'].sort(),
    );
  });

  it('should keep health data from the social, company, minute-taker, GP and operator roles when asked', () => {
    for (const role of [
      'member-social-psychiatry',
      'member-company-consultant',
      'member-job-centre',
      'minute-taker',
      'general-practitioner',
      'operator',
    ] as const) {
      expect(mayReadHealthData(role)).toBe(false);
    }
  });

  it('should give every department a role that works its queue when listed per department', () => {
    for (const department of DEPARTMENTS) expect(rolesOfDepartment(department).length).toBeGreaterThan(0);
  });

  it('should recognise only listed roles when a value is checked', () => {
    expect(isRole('chair')).toBe(true);
    expect(isRole('admin')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });

  it('should describe a role with a Danish title when described', () => {
    expect(describeRole('decision-maker').title).toBe('Afgørelseskompetent');
  });
});

describe('role groups', () => {
  it('should list exactly the roles that may read health data when routes name HEALTH_DATA_ROLES', () => {
    expect([...HEALTH_DATA_ROLES].sort()).toEqual(ROLES.filter(mayReadHealthData).sort());
  });

  it('should keep the GP, the operator and the service role out of the team', () => {
    expect(TEAM_ROLES).not.toContain('general-practitioner');
    expect(TEAM_ROLES).not.toContain('operator');
    expect(ROLES).not.toContain(SERVICE_ROLE);
    expect(mayAnyReadHealthData([SERVICE_ROLE])).toBe(false);
  });

  it('should let the region’s health coordinator contribute for the health coordinator’s department', () => {
    expect(contributorsOf('health-coordinator')).toEqual(['member-health-coordinator', 'health-coordinator']);
    expect(contributorsOf('social-psychiatry')).toEqual(['member-social-psychiatry']);
  });
});
