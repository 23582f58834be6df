import 'reflect-metadata';
import { BadRequestException, type ArgumentMetadata, type Type } from '@nestjs/common';
import { HealthAssessmentSubmitted } from '@rehab/contracts';
import { createValidationPipe } from '@rehab/platform';
import type { DepartmentContribution } from '../department-contribution';
import { ContributionSection } from './contribution-section.decorator';
import { contributionControllerFor } from './contribution.controller';
import { ListContributionTasksDto } from './list-contribution-tasks.dto';

class SampleContentDto {
  @ContributionSection('Assessment') assessment!: string;
  @ContributionSection('Work implications') workImplications!: string;
}

const sampleContribution: DepartmentContribution = {
  department: 'health-coordinator',
  name: 'health assessment',
  content: SampleContentDto,
  submittedEvent: HealthAssessmentSubmitted,
  toSubmittedPayload: () => ({}),
};

const controller = contributionControllerFor(sampleContribution);

/** The body class Nest hands the global validation pipe for a route's body parameter. */
function bodyTypeOf(method: 'saveDraft' | 'submit'): Type<unknown> {
  const parameterTypes = Reflect.getMetadata('design:paramtypes', controller.prototype as object, method) as Type<unknown>[];
  return parameterTypes[1];
}

async function validate(metatype: Type<unknown>, value: unknown, type: ArgumentMetadata['type'] = 'body') {
  return createValidationPipe().transform(value, { type, metatype, data: undefined }) as Promise<object>;
}

async function problemsOf(metatype: Type<unknown>, value: unknown, type: ArgumentMetadata['type'] = 'body') {
  try {
    await validate(metatype, value, type);
  } catch (error) {
    if (!(error instanceof BadRequestException)) throw error;
    return error.getResponse() as { message: string; errors: { field: string; problems: string[] }[] };
  }
  throw new Error('expected the body to be refused');
}

const submissionBody = (overrides: Record<string, unknown> = {}) => ({
  assessment: 'Chronic lower back pain.',
  workImplications: 'Sedentary work part time.',
  submittedBy: 'hc-42',
  ...overrides,
});

describe('contributionControllerFor', () => {
  it('should hand the pipe a department-specific body class when a route takes a body', () => {
    expect(bodyTypeOf('submit')).not.toBe(Object);
    expect(bodyTypeOf('saveDraft')).not.toBe(Object);
  });

  it('should accept a submission when every heading and submittedBy are given', async () => {
    await expect(validate(bodyTypeOf('submit'), submissionBody({ reason: 'New records.' }))).resolves.toMatchObject(
      submissionBody({ reason: 'New records.' }),
    );
  });

  it('should name every missing or blank field when a submission is incomplete', async () => {
    const response = await problemsOf(bodyTypeOf('submit'), { assessment: '  ', reason: '' });
    expect(response.errors.map((problem) => problem.field).sort()).toEqual([
      'assessment',
      'reason',
      'submittedBy',
      'workImplications',
    ]);
  });

  it('should refuse a heading without quoting it when it is longer than 20000 characters', async () => {
    const tooLong = `0101901234${'x'.repeat(20_000)}`;
    const response = await problemsOf(bodyTypeOf('submit'), submissionBody({ assessment: tooLong }));
    expect(response.errors).toEqual([{ field: 'assessment', problems: ['assessment must be shorter than or equal to 20000 characters'] }]);
    expect(JSON.stringify(response)).not.toContain('0101901234');
  });

  it('should refuse a field the department does not have when it is sent', async () => {
    const response = await problemsOf(bodyTypeOf('submit'), submissionBody({ cpr: '010190-1234' }));
    expect(response.errors.map((problem) => problem.field)).toEqual(['cpr']);
    expect(JSON.stringify(response)).not.toContain('010190-1234');
  });

  it('should accept a draft when headings are left out', async () => {
    await expect(validate(bodyTypeOf('saveDraft'), { assessment: 'Half written' })).resolves.toMatchObject({
      assessment: 'Half written',
    });
  });

  it('should refuse a draft when a heading it gives is not text', async () => {
    const response = await problemsOf(bodyTypeOf('saveDraft'), { assessment: 42 });
    expect(response.errors.map((problem) => problem.field)).toEqual(['assessment']);
  });

  it('should refuse the work queue query when the municipality is missing or malformed', async () => {
    expect((await problemsOf(ListContributionTasksDto, {}, 'query')).errors.map((problem) => problem.field)).toEqual([
      'municipality',
    ]);
    expect(
      (await problemsOf(ListContributionTasksDto, { municipality: '1011', status: 'closed' }, 'query')).errors.map(
        (problem) => problem.field,
      ),
    ).toEqual(['municipality', 'status']);
  });
});
