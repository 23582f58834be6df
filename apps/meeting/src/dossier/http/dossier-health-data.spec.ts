import { dossierFor, HEALTH_DATA_WITHHELD } from './dossier-health-data';
import { aDossier } from './dossier-view.fixture';

describe('dossierFor', () => {
  it('should show the health assessment and the GP certificate reference when a role may read health data', () => {
    const dossier = dossierFor(['minute-taker', 'chair'], aDossier());
    expect(dossier.healthDataWithheld).toBeNull();
    expect(dossier.contributions[1].current?.content).toEqual({ assessment: 'Back pain.' });
    expect(dossier.gpCertificate.documentReference).toBe('sundhed://lae265/1');
  });

  it('should withhold the health parts, say so, and keep the rest when no role may read health data', () => {
    const dossier = dossierFor(['minute-taker'], aDossier());
    expect(dossier.healthDataWithheld).toBe(HEALTH_DATA_WITHHELD);
    expect(dossier.contributions[1]).toMatchObject({ status: 'submitted', current: { version: 1, content: {} } });
    expect(dossier.contributions[0].current?.content).toEqual({ assessment: 'Wants to work.' });
    expect(dossier.gpCertificate).toMatchObject({ status: 'received', documentReference: null });
    expect(JSON.stringify(dossier)).not.toContain('Back pain');
  });
});
