import { followUpRefusal } from './follow-up';

describe('followUpRefusal', () => {
  it('should allow a correction when an outcome message went out', () => {
    expect(followUpRefusal({ purpose: 'outcome', activity: 'new-message', status: 'acknowledged' })).toBeNull();
    expect(followUpRefusal({ purpose: 'outcome', activity: 'modified-message', status: 'pending' })).toBeNull();
  });

  it('should refuse when the message is a GP-certificate request', () => {
    expect(followUpRefusal({ purpose: 'gp-certificate-request', activity: 'new-message', status: 'sent' })).toMatch(
      /outcome message/,
    );
  });

  it('should refuse when the message is a retraction', () => {
    expect(followUpRefusal({ purpose: 'outcome', activity: 'retract-message', status: 'sent' })).toMatch(/retraction/);
  });

  it('should refuse when the message failed', () => {
    expect(followUpRefusal({ purpose: 'outcome', activity: 'new-message', status: 'failed' })).toMatch(/never reached/);
  });
});
