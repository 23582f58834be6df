import type { RegistryData } from './registry-data';

/**
 * The demo data set of the one-command run: three municipalities' rehabilitation teams and
 * a few GP clinics. The SOR and EAN numbers are made up (the official MedCom examples' own
 * numbers are used for two of them); a real deployment sets GP_REGISTRY_FILE.
 */
export const BUILT_IN_REGISTRY: RegistryData = {
  municipalities: [
    {
      municipality: '101',
      sorCode: '265161000016000',
      eanCode: '5790000209354',
      name: 'Rehabiliteringsteamet, Københavns Kommune',
      author: {
        givenName: 'Rehabiliteringsteamets',
        familyName: 'sekretariat',
        role: 'Sekretariat for rehabiliteringsteamet',
        phone: '33663366',
      },
    },
    {
      municipality: '147',
      sorCode: '461000016000147',
      eanCode: '5790000147001',
      name: 'Rehabiliteringsteamet, Frederiksberg Kommune',
      author: {
        givenName: 'Rehabiliteringsteamets',
        familyName: 'sekretariat',
        role: 'Sekretariat for rehabiliteringsteamet',
        phone: '38213821',
      },
    },
    {
      municipality: '751',
      sorCode: '461000016000751',
      eanCode: '5790000751001',
      name: 'Rehabiliteringsteamet, Aarhus Kommune',
      author: {
        givenName: 'Rehabiliteringsteamets',
        familyName: 'sekretariat',
        role: 'Sekretariat for rehabiliteringsteamet',
        phone: '89402000',
      },
    },
  ],
  gpClinics: [
    { sorCode: '123456789012', eanCode: '5790001348120', name: 'Lægerne på Nørrebro' },
    { sorCode: '987654321098', eanCode: '5790001348137', name: 'Lægehuset Frederiksberg' },
    { sorCode: '123456789012345', eanCode: '5790001348144', name: 'Lægerne i Aarhus C' },
    { sorCode: '953741000016009', eanCode: '5790001348151', name: 'Lægerne Herlev' },
  ],
};
