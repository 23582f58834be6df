import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RuntimeSettings } from '@rehab/platform';
import { BUILT_IN_REGISTRY } from './built-in-registry';
import { CorrespondenceRegistry, RegistryFileInvalid } from './correspondence-registry';

const directory = mkdtempSync(join(tmpdir(), 'gp-registry-'));
function registryFile(content: unknown): string {
  const path = join(directory, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('CorrespondenceRegistry', () => {
  it('should know the demo municipalities and GP clinics when no registry file is set', () => {
    const registry = new CorrespondenceRegistry(new RuntimeSettings({}));
    expect(registry.municipality('101')).toMatchObject({ sorCode: '265161000016000', eanCode: '5790000209354' });
    expect(registry.gpClinic('123456789012')).toMatchObject({ name: 'Lægerne på Nørrebro', eanCode: '5790001348120' });
    expect(registry.endpointOf(registry.gpClinic('123456789012')!)).toBe('https://sor2.sum.dsdn.dk/#id=123456789012');
  });

  it('should use only the file when a registry file is set', () => {
    const file = registryFile({
      municipalities: [{ ...BUILT_IN_REGISTRY.municipalities[0], municipality: '860' }],
      gpClinics: [
        {
          sorCode: '111111111111',
          eanCode: '5790000000001',
          name: 'Lægerne i Hjørring',
          endpoint: 'https://gp.example/medcom',
        },
      ],
    });
    const registry = new CorrespondenceRegistry(new RuntimeSettings({ GP_REGISTRY_FILE: file }));
    expect(registry.municipality('101')).toBeUndefined();
    expect(registry.municipality('860')).toBeDefined();
    expect(registry.endpointOf(registry.gpClinic('111111111111')!)).toBe('https://gp.example/medcom');
    expect(registry.organization(BUILT_IN_REGISTRY.municipalities[0].sorCode)?.name).toBe(
      BUILT_IN_REGISTRY.municipalities[0].name,
    );
  });

  it('should refuse to start, naming the field, when a clinic in the file has no EAN number', () => {
    const file = registryFile({
      municipalities: BUILT_IN_REGISTRY.municipalities,
      gpClinics: [{ sorCode: '111111111111', name: 'X' }],
    });
    expect(() => new CorrespondenceRegistry(new RuntimeSettings({ GP_REGISTRY_FILE: file }))).toThrow(
      new RegistryFileInvalid(
        'GP_REGISTRY_FILE is not a valid registry (gpClinics.0.eanCode: Invalid input: expected string, received undefined)',
      ),
    );
  });

  it('should refuse to start when the registry file is not JSON', () => {
    expect(() => new CorrespondenceRegistry(new RuntimeSettings({ GP_REGISTRY_FILE: registryFile('{') }))).toThrow(
      'GP_REGISTRY_FILE cannot be read as JSON',
    );
  });
});
