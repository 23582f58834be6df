import { ForbiddenException, NotFoundException } from '@nestjs/common';
import { clinicsToList, requireOwnClinic } from './own-clinics';

describe('a GP sees only their own clinic’s messages', () => {
  const gp = {
    userId: 'gp-1',
    roles: ['general-practitioner' as const],
    municipalities: ['101'],
    clinics: ['123456789012'],
  };

  it('should list the GP’s own clinics when none is asked for, and the one asked for when it is theirs', () => {
    expect(clinicsToList(gp, undefined)).toEqual(['123456789012']);
    expect(clinicsToList(gp, '123456789012')).toEqual(['123456789012']);
  });

  it('should refuse another clinic, or a GP whose sign-in names no clinic, when listing', () => {
    expect(() => clinicsToList(gp, '987654321098')).toThrow(ForbiddenException);
    expect(() => clinicsToList({ ...gp, clinics: undefined }, undefined)).toThrow(/no GP clinic/);
  });

  it('should answer 404 for a message to another clinic when one is opened', () => {
    expect(() => requireOwnClinic(gp, '123456789012')).not.toThrow();
    expect(() => requireOwnClinic(gp, '987654321098')).toThrow(NotFoundException);
    expect(() => requireOwnClinic(gp, null)).toThrow(NotFoundException);
  });
});
