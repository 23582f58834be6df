import { DomainError } from '@rehab/platform';
import { Consent } from './consent.aggregate';

const now = new Date('2026-11-05T10:00:00Z');

const recorded = (overrides: Partial<Parameters<typeof Consent.record>[0]> = {}) =>
  Consent.record({
    caseId: '0d3c5e3e-6a43-4f7b-8d55-4b6d0f1f1a10',
    municipality: '101',
    personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
    scope: 'share-outcome-with-gp',
    party: 'gp',
    givenAt: new Date('2026-11-02T10:00:00Z'),
    source: 'signed-form',
    recordedBy: 'cw-17',
    now,
    ...overrides,
  });

describe('Consent', () => {
  it('should record the consent with who recorded it when it is given', () => {
    const consent = recorded();
    expect(consent.snapshot()).toMatchObject({
      scope: 'share-outcome-with-gp',
      party: 'gp',
      recordedBy: 'cw-17',
      recordedAt: now,
      withdrawal: null,
    });
    expect(consent.pullEvents()).toEqual([{ kind: 'recorded' }]);
    expect(consent.isActiveAt(now)).toBe(true);
  });

  it('should accept any listed party when the scope does not name one', () => {
    expect(recorded({ scope: 'share-case-information', party: 'region-health-coordinator' }).snapshot().party).toBe(
      'region-health-coordinator',
    );
  });

  it('should refuse the consent when the scope names another party', () => {
    expect(() => recorded({ scope: 'obtain-gp-certificate', party: 'hospital' })).toThrow(
      new DomainError('rule-violated', 'A consent to obtain-gp-certificate can only be given with the party gp.'),
    );
  });

  it('should refuse the consent when the scope is unknown', () => {
    expect(() => recorded({ scope: 'share-everything' })).toThrow(/scope must be one of/);
  });

  it('should refuse the consent when the party is unknown', () => {
    expect(() => recorded({ scope: 'share-case-information', party: 'newspaper' })).toThrow(/party must be one of/);
  });

  it('should refuse the consent when it is given in the future', () => {
    expect(() => recorded({ givenAt: new Date('2026-11-06T10:00:00Z') })).toThrow(/given in the future/);
  });

  it('should keep the consent and mark it withdrawn when it is withdrawn', () => {
    const consent = recorded();
    consent.pullEvents();
    const withdrawnAt = new Date('2026-11-04T09:00:00Z');
    const withdrawal = consent.withdraw({ withdrawnBy: 'cw-18', withdrawnAt, now });
    expect(withdrawal).toEqual({ withdrawnAt, withdrawnBy: 'cw-18' });
    expect(consent.snapshot()).toMatchObject({ scope: 'share-outcome-with-gp', withdrawal });
    expect(consent.pullEvents()).toEqual([{ kind: 'withdrawn', withdrawal }]);
    expect(consent.isActiveAt(new Date('2026-11-03T09:00:00Z'))).toBe(true);
    expect(consent.isActiveAt(now)).toBe(false);
  });

  it('should refuse a second withdrawal when the consent is already withdrawn', () => {
    const consent = recorded();
    consent.withdraw({ withdrawnBy: 'cw-18', withdrawnAt: now, now });
    expect(() => consent.withdraw({ withdrawnBy: 'cw-18', withdrawnAt: now, now })).toThrow(
      new DomainError('conflict', 'The consent was already withdrawn on 2026-11-05T10:00:00.000Z.'),
    );
  });

  it('should refuse the withdrawal when it lies before the consent was given', () => {
    expect(() =>
      recorded().withdraw({ withdrawnBy: 'cw-18', withdrawnAt: new Date('2026-11-01T10:00:00Z'), now }),
    ).toThrow(/before it was given/);
  });

  it('should refuse the withdrawal when it lies in the future', () => {
    expect(() =>
      recorded().withdraw({ withdrawnBy: 'cw-18', withdrawnAt: new Date('2026-11-07T10:00:00Z'), now }),
    ).toThrow(/withdrawn in the future/);
  });

  it('should keep how and when the consent was given when it is recorded', () => {
    const consent = recorded({ source: 'oral', sourceReference: 'journalnotat 2026-11-02' });
    expect(consent.snapshot()).toMatchObject({
      givenAt: new Date('2026-11-02T10:00:00Z'),
      source: 'oral',
      sourceReference: 'journalnotat 2026-11-02',
    });
  });

  it('should refuse the consent when its source is not one the municipality accepts', () => {
    expect(() => recorded({ source: 'assumed' })).toThrow(
      "A consent's source must be one of: signed-form, oral, digital-signature.",
    );
  });

  it('should stop allowing sharing at once when it is withdrawn now', () => {
    const consent = recorded();
    const withdrawnAt = new Date('2026-11-05T10:00:00Z');
    consent.withdraw({ withdrawnBy: 'cw-17', withdrawnAt, now: withdrawnAt });
    expect(consent.isActiveAt(new Date(withdrawnAt.getTime() - 1))).toBe(true);
    expect(consent.isActiveAt(withdrawnAt)).toBe(false);
  });
});
