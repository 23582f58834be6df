import { nameParts } from './gp-inbox.controller';

describe('nameParts', () => {
  it('should split the name before the comma into given and family names when prefilling the reply', () => {
    expect(nameParts('Lise Larsen, praktiserende læge')).toEqual({ givenName: 'Lise', familyName: 'Larsen' });
    expect(nameParts('Anne Marie Holm Jensen')).toEqual({ givenName: 'Anne', familyName: 'Marie Holm Jensen' });
  });
});
