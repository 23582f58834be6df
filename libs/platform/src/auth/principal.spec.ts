import { InvalidPrincipalError, principalFromClaims } from './principal';

describe('principalFromClaims', () => {
  it('should map subject, roles and municipalities when the claims carry them', () => {
    expect(
      principalFromClaims({ sub: 'cw-1', roles: ['coordinating-caseworker'], municipalities: ['101', '147'] }),
    ).toEqual({
      userId: 'cw-1',
      roles: ['coordinating-caseworker'],
      municipalities: ['101', '147'],
    });
  });

  it('should drop roles of other systems when the identity provider sends them', () => {
    expect(principalFromClaims({ sub: 'x', roles: ['admin', 'chair'], municipalities: ['101'] }).roles).toEqual([
      'chair',
    ]);
  });

  it('should read space-separated values and custom claim names when configured', () => {
    const principal = principalFromClaims(
      { sub: 'x', groups: 'chair minute-taker', kommuner: '101' },
      { roles: 'groups', municipalities: 'kommuner' },
    );
    expect(principal).toEqual({ userId: 'x', roles: ['chair', 'minute-taker'], municipalities: ['101'] });
  });

  it.each([
    ['no subject', { roles: ['chair'], municipalities: ['101'] }, /subject/],
    ['none of our roles', { sub: 'x', roles: ['admin'], municipalities: ['101'] }, /roles/],
    ['no municipality', { sub: 'x', roles: ['chair'], municipalities: [] }, /municipality/],
    ['a malformed municipality code', { sub: 'x', roles: ['chair'], municipalities: ['København'] }, /municipality/],
  ])('should refuse the claims when they have %s', (_case, claims, message) => {
    expect(() => principalFromClaims(claims)).toThrow(InvalidPrincipalError);
    expect(() => principalFromClaims(claims)).toThrow(message);
  });
});
