import { DEPARTMENTS } from '@rehab/contracts';
import { describeRole, isRole, mayReadHealthData, ROLES, rolesOfDepartment } from './roles';

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
