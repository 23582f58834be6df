import { RuntimeSettings } from '@rehab/platform';
import { DECISION_AUTHORITY_SETTING, decisionAuthorityFrom } from './decision-authority.provider';

const authorityWith = (value?: string) =>
  decisionAuthorityFrom(new RuntimeSettings(value === undefined ? {} : { [DECISION_AUTHORITY_SETTING]: value }));

describe('decisionAuthorityFrom', () => {
  it('should keep disability pension out of the meeting when nothing is configured', () => {
    expect(authorityWith().mayDecideAtMeeting('disability-pension')).toBe(false);
    expect(authorityWith().mayDecideAtMeeting('flex-job')).toBe(true);
  });

  it('should let the meeting decide exactly the configured outcome types when the setting lists them', () => {
    const authority = authorityWith(' flex-job , disability-pension ');
    expect(authority.atMeeting).toEqual(['flex-job', 'disability-pension']);
    expect(authority.mayDecideAtMeeting('resource-programme')).toBe(false);
  });

  it('should refuse to start and name the setting when it lists an unknown outcome', () => {
    expect(() => authorityWith('flex-job,holiday')).toThrow(
      /MEETING_DECISION_AUTHORITY is invalid: .*outcome must be one of/,
    );
  });
});
