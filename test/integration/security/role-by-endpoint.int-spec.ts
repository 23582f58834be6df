import { randomUUID } from 'node:crypto';
import {
  type AccessRole,
  ROLES,
  ROUTES_OUTSIDE_PREFIX,
  type RouteWithAccess,
  routesOf,
  SERVICE_ROLE,
  type ServiceDefinition,
} from '@rehab/platform';
import { ALL_SERVICES } from '../../../apps/all-in-one/src/service-catalogue';
import { bearer } from '../../support/identity';
import { type ServiceUnderTest, startServiceUnderTest } from '../../support/service-under-test';

/** Every role a token can carry: each person role, and the service role of machine callers. */
const EVERY_ROLE: readonly AccessRole[] = [...ROLES, SERVICE_ROLE];

/** The guard's own refusal; a handler's 403 (another municipality, a draft) reads differently. */
const GUARD_REFUSAL = /^This route is for the roles: /;

interface Endpoint {
  service: string;
  route: RouteWithAccess;
  /** The path as a caller uses it, with the global prefix and made-up parameters. */
  url: string;
}

/** The path a caller uses: the service's prefix (none for health, metrics, asyncapi) and fresh ids. */
function callablePath(definition: ServiceDefinition, route: RouteWithAccess): string {
  const prefix = definition.http?.globalPrefix ?? 'api';
  const outside = (ROUTES_OUTSIDE_PREFIX as readonly string[]).includes(route.path.split('/')[0]);
  const path = route.path.replace(/:[A-Za-z]+/g, () => randomUUID());
  return `/${prefix && !outside ? `${prefix}/` : ''}${path}`;
}

async function call(url: string, method: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    headers: { ...headers, ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
    body: method === 'GET' ? undefined : '{}',
  });
  const text = await response.text();
  let message: unknown;
  try {
    message = (JSON.parse(text) as { message?: unknown }).message;
  } catch {
    message = undefined;
  }
  return { status: response.status, message: typeof message === 'string' ? message : '' };
}

describe('who may use which endpoint, route by route, in every service (real HTTP and PostgreSQL)', () => {
  const services: ServiceUnderTest[] = [];
  const endpoints: Endpoint[] = [];

  beforeAll(async () => {
    for (const definition of ALL_SERVICES) {
      const service = await startServiceUnderTest(definition, {
        settings: {
          MEETING_AGENDA_CHECKER_ENABLED: 'false',
          CONTRIBUTION_DEADLINE_CHECKER_ENABLED: 'false',
          JOB_CENTRE_RE_PRESENTATION_CHECKER_ENABLED: 'false',
          GP_DISPATCHER_ENABLED: 'false',
        },
      });
      services.push(service);
      for (const route of routesOf(service.app)) {
        endpoints.push({ service: definition.name, route, url: `${service.url}${callablePath(definition, route)}` });
      }
    }
  }, 240_000);

  afterAll(async () => {
    for (const service of services) await service.close();
  }, 60_000);

  it('should find the routes from the services themselves when they start', () => {
    expect(new Set(endpoints.map((endpoint) => endpoint.service))).toEqual(
      new Set(ALL_SERVICES.map((definition) => definition.name)),
    );
    // Every service has the operators' routes; the guard must know them too.
    for (const definition of ALL_SERVICES) {
      const paths = endpoints.filter((endpoint) => endpoint.service === definition.name).map((e) => e.route.path);
      expect(paths).toEqual(expect.arrayContaining(['health', 'operations/dead-letters']));
    }
    expect(endpoints.length).toBeGreaterThan(60);
  });

  it('should have an access rule on every route of every service', () => {
    expect(endpoints.filter((endpoint) => !endpoint.route.access).map((e) => `${e.service} ${e.route.path}`)).toEqual(
      [],
    );
  });

  it('should let exactly the declared roles through the guard and refuse every other role with 403', async () => {
    const mismatches: string[] = [];
    for (const { service, route, url } of endpoints) {
      if (route.access?.kind !== 'roles') continue;
      const allowed = route.access.roles;
      for (const role of EVERY_ROLE) {
        const { status, message } = await call(url, route.method, await bearer(role));
        const passedGuard = status !== 401 && !(status === 403 && GUARD_REFUSAL.test(message));
        const shouldPass = allowed.includes(role);
        if (passedGuard !== shouldPass) {
          mismatches.push(`${service} ${route.method} ${route.path} as ${role}: HTTP ${status} ${message}`);
        }
        if (!shouldPass && status !== 403)
          mismatches.push(`${service} ${route.method} ${route.path} as ${role}: ${status}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 300_000);

  it.each([
    ['operations/dead-letters', ['operator']],
    ['audit/', ['operator']],
    ['gp-inbox/', ['general-practitioner']],
    ['internal/person-identities/', [SERVICE_ROLE]],
    ['meetings/:meetingId/cases/:caseId/decision', ['decision-maker']],
  ])('should keep every route under %s to %j alone', (prefix, roles) => {
    // The pending decision is also the chair's: the meeting may leave it to the decision maker later.
    const routes = endpoints.filter(({ route }) => route.path.startsWith(prefix) && !route.path.endsWith('/pending'));
    expect(routes.length).toBeGreaterThan(0);
    for (const { route } of routes) expect(route.access).toEqual({ kind: 'roles', roles });
  });

  it('should ask for sign-in with 401 when a role route is called without a token', async () => {
    const answered: string[] = [];
    for (const { service, route, url } of endpoints) {
      if (route.access?.kind !== 'roles') continue;
      const { status } = await call(url, route.method);
      if (status !== 401) answered.push(`${service} ${route.method} ${route.path}: HTTP ${status}`);
    }
    expect(answered).toEqual([]);
  }, 120_000);

  it('should keep public only health, metrics, the AsyncAPI document and the web sign-in', () => {
    const open = endpoints
      .filter((endpoint) => endpoint.route.access?.kind === 'public')
      .map((endpoint) => `${endpoint.route.method} ${endpoint.route.path}`);
    expect([...new Set(open)].sort()).toEqual(
      ['GET ', 'GET asyncapi.yaml', 'GET health', 'GET log-ind', 'GET metrics', 'POST log-ind', 'POST log-ud'].sort(),
    );
  });

  it('should send a caller without a session to the sign-in when a web page names its roles', async () => {
    const pages = endpoints.filter((endpoint) => endpoint.route.access?.kind === 'session-pages');
    expect(pages.length).toBeGreaterThan(5);
    const answered: string[] = [];
    for (const { route, url } of pages) {
      // A bearer token is no session: the pages answer only the signed-in person.
      const { status } = await call(url, route.method, await bearer(ROLES));
      if (status < 300 || status >= 500) answered.push(`${route.method} ${route.path}: HTTP ${status}`);
    }
    expect(answered).toEqual([]);
  }, 120_000);
});
