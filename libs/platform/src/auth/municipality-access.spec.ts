import { ForbiddenException } from '@nestjs/common';
import { mayTouchMunicipality, requireOwnMunicipality } from './municipality-access';

describe('municipality access', () => {
  const principal = { userId: 'cw-1', roles: ['coordinating-caseworker' as const], municipalities: ['101', '147'] };

  it('should let a principal touch a record of any of its municipalities when it has several', () => {
    expect(mayTouchMunicipality(principal, '101')).toBe(true);
    expect(mayTouchMunicipality(principal, '147')).toBe(true);
    expect(() => requireOwnMunicipality(principal, '147')).not.toThrow();
  });

  it('should refuse a record of another municipality without naming it when asked', () => {
    expect(mayTouchMunicipality(principal, '751')).toBe(false);
    expect(() => requireOwnMunicipality(principal, '751')).toThrow(ForbiddenException);
    expect(() => requireOwnMunicipality(principal, '751')).toThrow(/^((?!751).)*$/);
  });
});
