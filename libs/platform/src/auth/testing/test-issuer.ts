import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';

/** An issuer for tests: a locally generated key pair, its JWKS served over real HTTP. */
export interface TestIssuer {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** A signed token; claims override the defaults (a chair of municipality 101). */
  sign(claims?: JWTPayload, options?: { expiresIn?: string; issuer?: string; audience?: string }): Promise<string>;
  close(): Promise<void>;
}

export async function startTestIssuer(): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const kid = randomUUID();
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] });
  const server: Server = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(jwks);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const issuer = `http://127.0.0.1:${port}`;
  const audience = 'rehab-test';
  return {
    issuer,
    audience,
    jwksUrl: `${issuer}/.well-known/jwks.json`,
    sign: (claims = {}, options = {}) =>
      new SignJWT({ sub: 'chair-1', roles: ['chair'], municipalities: ['101'], ...claims })
        .setProtectedHeader({ alg: 'ES256', kid })
        .setIssuer(options.issuer ?? issuer)
        .setAudience(options.audience ?? audience)
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m')
        .sign(privateKey),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
