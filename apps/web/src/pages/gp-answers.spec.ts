import { ServiceRefusal, ServiceUnavailable } from '../clients/service-call';
import { partOfPageMissing } from './gp-answers';

describe('partOfPageMissing', () => {
  it('should name the part unavailable when the service cannot be reached', () => {
    expect(partOfPageMissing(new ServiceUnavailable('down'))).toBe('unavailable');
  });

  it('should name the part withheld when the service refuses it to the role', () => {
    expect(partOfPageMissing(new ServiceRefusal(403, 'Not for your role'))).toBe('withheld');
  });

  it('should fail the page when the service refuses for another reason', () => {
    const notFound = new ServiceRefusal(404, 'No such case');
    expect(() => partOfPageMissing(notFound)).toThrow(notFound);
    expect(() => partOfPageMissing(new Error('bug'))).toThrow('bug');
  });
});
