import { safeNext } from './sign-in.controller';

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
