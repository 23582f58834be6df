import { Controller, Get, Module } from '@nestjs/common';
import { jobCentreService } from '../../../apps/job-centre/src/service-definition';
import { bearer } from '../../support/identity';
import { type ServiceUnderTest, startServiceUnderTest } from '../../support/service-under-test';
import { aReferral } from '../job-centre/job-centre.harness';

describe('HTTP hardening of every service (production bootstrap, real PostgreSQL)', () => {
  let service: ServiceUnderTest;

  beforeAll(async () => {
    service = await startServiceUnderTest(jobCentreService, {
      settings: { JOB_CENTRE_RE_PRESENTATION_CHECKER_ENABLED: 'false', HTTP_BODY_LIMIT: '2kb' },
    });
  });

  afterAll(async () => service.close());

  it('should send security headers when any route answers', async () => {
    for (const path of ['/health', '/api/cases/7d8f7a8e-3c1b-4b6e-9d1a-2f3e4a5b6c7d']) {
      const response = await fetch(`${service.url}${path}`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('should refuse a body over the limit with 413 and a message that quotes none of it', async () => {
    const referral = aReferral({ coordinatingCaseworkerId: 'x'.repeat(4000) });
    const response = await fetch(`${service.url}/api/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(referral),
    });
    expect(response.status).toBe(413);
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({
      statusCode: 413,
      error: 'Payload Too Large',
      message: 'The request body is larger than the limit of 2kb.',
    });
    expect(body).not.toContain(referral.cpr);
  });

  it('should still take a body under the limit when it is well-formed', async () => {
    const response = await fetch(`${service.url}/api/cases`, {
      method: 'POST',
      headers: { ...(await bearer('coordinating-caseworker')), 'content-type': 'application/json' },
      body: JSON.stringify(aReferral()),
    });
    expect(response.status).toBe(201);
  });

  it('should refuse to start a service when one of its routes declares no access rule', async () => {
    @Controller('forgotten')
    class ForgottenController {
      @Get()
      forgotten() {
        return { open: true };
      }
    }
    @Module({ controllers: [ForgottenController] })
    class ForgottenModule {}
    await expect(
      startServiceUnderTest({ ...jobCentreService, modules: [...jobCentreService.modules, ForgottenModule] }),
    ).rejects.toThrow(/declare no access rule.*GET api\/forgotten|GET forgotten \(ForgottenController\.forgotten\)/);
  });
});
