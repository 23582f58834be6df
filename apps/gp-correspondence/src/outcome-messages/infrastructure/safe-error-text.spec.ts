import { PersonIdentityUnavailable } from './person-identity.client';
import { safeErrorText } from './safe-error-text';

describe('safeErrorText', () => {
  it('should keep our own words when the error is one of ours', () => {
    expect(safeErrorText(new PersonIdentityUnavailable('The job centre refused the identity lookup (HTTP 404).'))).toBe(
      'The job centre refused the identity lookup (HTTP 404).',
    );
  });

  it('should remove anything shaped like a CPR number when a foreign error quotes one', () => {
    const text = safeErrorText(new Error('duplicate key (cpr)=(250947-9989) and 2509479989'));
    expect(text).toBe('Error: duplicate key (cpr)=([cpr-redacted]) and [cpr-redacted]');
  });

  it('should keep the text short when the error is long', () => {
    expect(safeErrorText(new Error('x'.repeat(5000))).length).toBe(500);
  });
});
