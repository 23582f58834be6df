import { DomainError } from '@rehab/platform';
import { requireReasonForOtherConsultant } from './medical-assessor';

describe('requireReasonForOtherConsultant', () => {
  it('should refuse when another medical consultant assessed and no reason is given', () => {
    expect(() => requireReasonForOtherConsultant({ assessedBy: 'other-medical-consultant' })).toThrow(DomainError);
  });

  it('should refuse when another medical consultant assessed and the reason is blank', () => {
    expect(() =>
      requireReasonForOtherConsultant({ assessedBy: 'other-medical-consultant', otherConsultantReason: '   ' }),
    ).toThrow(/special reason/);
  });

  it('should accept when another medical consultant assessed and the reason is given', () => {
    expect(() =>
      requireReasonForOtherConsultant({
        assessedBy: 'other-medical-consultant',
        otherConsultantReason: 'The health coordinator is disqualified (inhabil) in this case.',
      }),
    ).not.toThrow();
  });

  it('should accept when the health coordinator assessed or nobody is named', () => {
    expect(() => requireReasonForOtherConsultant({ assessedBy: 'health-coordinator' })).not.toThrow();
    expect(() => requireReasonForOtherConsultant({})).not.toThrow();
  });

  it('should refuse when a reason is given but the health coordinator assessed', () => {
    expect(() =>
      requireReasonForOtherConsultant({ assessedBy: 'health-coordinator', otherConsultantReason: 'Busy.' }),
    ).toThrow(DomainError);
  });
});
