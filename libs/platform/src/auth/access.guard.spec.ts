import { Controller, Get, Global, type INestApplication, Module, Req } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { RequestContexts } from '@rehab/messaging';
import pino from 'pino';
import { requestContextMiddleware } from '../http/request-context.middleware';
import { RuntimeSettings } from '../runtime/service-definition';
import { AccessGuard, type AuthenticatedRequest } from './access.guard';
import { AuthModule } from './auth.module';
import { AllowRoles, PublicRoute } from './route-access.decorator';
import { startTestIssuer, type TestIssuer } from './testing/test-issuer';
import { undeclaredRoutes } from './undeclared-routes';

@Controller('things')
class ThingsController {
  @Get('open')
  @PublicRoute()
  open() {
    return { open: true };
  }

  @Get('for-chairs')
  @AllowRoles('chair', 'decision-maker')
  forChairs(@Req() request: AuthenticatedRequest) {
    return { principal: request.principal, actor: RequestContexts.current()?.actor };
  }

  @Get('for-services')
  @AllowRoles('service')
  forServices() {
    return { actor: RequestContexts.current()?.actor };
  }

  @Get('forgotten')
  forgotten() {
    return { open: true };
  }
}

@AllowRoles('operator')
@Controller('operations')
class OperationsController {
  @Get()
  list() {
    return { operations: [] };
  }

  @Get('ping')
  @PublicRoute()
  ping() {
    return { pong: true };
  }
}

describe('AccessGuard', () => {
  let issuer: TestIssuer;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    issuer = await startTestIssuer();
    const settings = new RuntimeSettings({
      AUTH_ISSUER: issuer.issuer,
      AUTH_AUDIENCE: issuer.audience,
      AUTH_JWKS_URL: issuer.jwksUrl,
    });
    @Global()
    @Module({ providers: [{ provide: RuntimeSettings, useValue: settings }], exports: [RuntimeSettings] })
    class SettingsModule {}
    const moduleRef = await Test.createTestingModule({
      imports: [SettingsModule, AuthModule],
      controllers: [ThingsController, OperationsController],
      providers: [{ provide: APP_GUARD, useExisting: AccessGuard }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.use(requestContextMiddleware('test', pino({ level: 'silent' })));
    await app.listen(0, '127.0.0.1');
    url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    await issuer.close();
  });

  const get = async (path: string, token?: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, {
      headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('should open a public route to anyone when no token is sent', async () => {
    expect(await get('/things/open')).toEqual({ status: 200, body: { open: true } });
  });

  it('should refuse a route that declares nothing even when the caller sends a valid token', async () => {
    const response = await get('/things/forgotten', await issuer.sign({ roles: ['operator'] }));
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/declares no access rule/);
  });

  it('should let a caller with one of the roles through when the token verifies', async () => {
    const response = await get('/things/for-chairs', await issuer.sign({ sub: 'dm-1', roles: ['decision-maker'] }));
    expect(response.status).toBe(200);
    expect(response.body.principal).toEqual({ userId: 'dm-1', roles: ['decision-maker'], municipalities: ['101'] });
  });

  it('should make the verified user the actor when the caller also claims another in headers', async () => {
    const response = await get('/things/for-chairs', await issuer.sign({ sub: 'chair-7' }), {
      'x-user-id': 'someone-else',
      'x-user-role': 'operator',
    });
    expect(response.body.actor).toEqual({ kind: 'user', id: 'chair-7', role: 'chair' });
  });

  it('should refuse a municipality in the query that is not the caller’s own, without naming it', async () => {
    const token = await issuer.sign({ roles: ['chair'], municipalities: ['101'] });
    expect((await get('/things/for-chairs?municipality=101', token)).status).toBe(200);
    const refused = await get('/things/for-chairs?municipality=147', token);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('147');
  });

  it('should make a service the actor when a machine caller signs in with the service role', async () => {
    const response = await get(
      '/things/for-services',
      await issuer.sign({ sub: 'gp-correspondence', roles: ['service'] }),
    );
    expect(response.body.actor).toEqual({ kind: 'service', id: 'gp-correspondence' });
  });

  it('should refuse a caller whose roles the route does not allow', async () => {
    const response = await get('/things/for-chairs', await issuer.sign({ roles: ['minute-taker'] }));
    expect(response.status).toBe(403);
    expect(response.body.message).toMatch(/chair, decision-maker/);
  });

  it('should ask for sign-in when no bearer token is sent to a role route', async () => {
    const response = await get('/things/for-chairs');
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(/bearer token/);
  });

  it.each([
    ['expired', () => issuer.sign({}, { expiresIn: '-10m' }), /expired/],
    ['for another audience', () => issuer.sign({}, { audience: 'another-system' }), /aud/],
    ['from another issuer', () => issuer.sign({}, { issuer: 'https://elsewhere.example' }), /iss/],
    ['without any of our roles', () => issuer.sign({ roles: ['admin'] }), /roles/],
    ['tampered with', async () => `${await issuer.sign()}x`, /signature|not valid/],
  ])('should refuse a token that is %s', async (_case, token, message) => {
    const response = await get('/things/for-chairs', await token());
    expect(response.status).toBe(401);
    expect(response.body.message).toMatch(message);
  });

  it('should refuse a token signed by a key the issuer does not publish', async () => {
    const stranger = await startTestIssuer();
    try {
      const token = await stranger.sign({}, { issuer: issuer.issuer, audience: issuer.audience });
      const response = await get('/things/for-chairs', token);
      expect(response.status).toBe(401);
    } finally {
      await stranger.close();
    }
  });

  it('should apply a controller-wide rule and let a method override it when both declare', async () => {
    expect((await get('/operations', await issuer.sign({ roles: ['operator'] }))).status).toBe(200);
    expect((await get('/operations', await issuer.sign({ roles: ['chair'] }))).status).toBe(403);
    expect((await get('/operations/ping')).status).toBe(200);
  });

  it('should list exactly the undeclared routes when the application is checked at start-up', () => {
    expect(undeclaredRoutes(app)).toEqual([
      { method: 'GET', path: 'things/forgotten', handler: 'ThingsController.forgotten' },
    ]);
  });
});
