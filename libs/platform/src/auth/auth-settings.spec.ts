import { RuntimeSettings } from '../runtime/service-definition';
import { authSettingsFrom } from './auth-settings';

describe('authSettingsFrom', () => {
  it('should be undefined when no issuer is configured', () => {
    expect(authSettingsFrom(new RuntimeSettings({}))).toBeUndefined();
  });

  it('should take the JWKS from the issuer when no JWKS URL is configured', () => {
    const settings = authSettingsFrom(
      new RuntimeSettings({ AUTH_ISSUER: 'https://idp.example/', AUTH_AUDIENCE: 'rehab' }),
    );
    expect(settings?.jwksUrl.href).toBe('https://idp.example/.well-known/jwks.json');
    expect(settings?.claims).toEqual({ roles: 'roles', municipalities: 'municipalities', clinics: 'sor_codes' });
  });

  it('should refuse an issuer without an audience when configured', () => {
    expect(() => authSettingsFrom(new RuntimeSettings({ AUTH_ISSUER: 'https://idp.example' }))).toThrow(
      /AUTH_AUDIENCE/,
    );
  });

  it('should refuse a JWKS URL that is not absolute when configured', () => {
    expect(() =>
      authSettingsFrom(new RuntimeSettings({ AUTH_ISSUER: 'x', AUTH_AUDIENCE: 'y', AUTH_JWKS_URL: '/keys' })),
    ).toThrow(/AUTH_JWKS_URL/);
  });
});
