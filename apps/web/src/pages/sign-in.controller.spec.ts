import { developmentUsername, safeNext } from './sign-in.controller';

describe('safeNext', () => {
  it('should go on to a page of this site when signing in from it', () => {
    expect(safeNext('/sager/0b6c1c9e-3b5e-4a58-9a36-5ad2c7e1b7a0')).toBe('/sager/0b6c1c9e-3b5e-4a58-9a36-5ad2c7e1b7a0');
  });

  it('should ignore another site, a protocol-relative address or the sign-in itself when given as where to go', () => {
    expect(safeNext('https://evil.example')).toBeNull();
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('/log-ind')).toBeNull();
    expect(safeNext(undefined)).toBeNull();
  });
});

describe('developmentUsername', () => {
  it('should name the development identity provider’s user for a role when it has one in that municipality', () => {
    expect(developmentUsername('chair', '101')).toBe('chair');
    expect(developmentUsername('coordinating-caseworker', '147')).toBe('coordinating-caseworker-147');
  });

  it('should find no user when the development identity provider has none for the role there', () => {
    expect(developmentUsername('chair', '147')).toBeUndefined();
    expect(developmentUsername('chair', '751')).toBeUndefined();
  });
});
