import type { TransactionRunner } from '@rehab/messaging';
import { Dossier, type Referral } from '../../../dossier/domain/dossier.aggregate';
import type { DossierRepository } from '../../../dossier/infrastructure/dossier.repository';
import { Meeting } from '../../domain/meeting.aggregate';
import type { MeetingRepository } from '../../infrastructure/meeting.repository';
import { PlaceCaseOnAgendaCommand } from './place-case-on-agenda.command';
import { PlaceCaseOnAgendaHandler } from './place-case-on-agenda.handler';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const NOW = new Date('2026-11-10T09:00:00Z');

const referral = (overrides: Partial<Referral> = {}): Referral => ({
  caseId: CASE_ID,
  personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  municipality: '101',
  caseType: 'resource-programme',
  requiredDepartments: ['job-centre'],
  referredAt: NOW,
  ...overrides,
});

const completeDossier = (overrides: Partial<Referral> = {}) => {
  const dossier = Dossier.openOnReferral(referral(overrides), NOW);
  dossier.recordContribution(
    {
      department: 'job-centre',
      contributionId: '11111111-1111-4111-8111-111111111111',
      version: 1,
      submittedBy: 'cw-1',
      submittedAt: NOW,
      content: { summary: 'Text' },
    },
    NOW,
  );
  dossier.recordGpCertificateReceived(
    { certificateRequestId: '66666666-6666-4666-8666-666666666666', receivedAt: NOW, documentReference: 'doc-1' },
    NOW,
  );
  return dossier;
};

function handlerWith(options: { dossier: Dossier | null; awaitingDecisionElsewhere?: boolean }) {
  const meeting = Meeting.schedule({
    municipality: '101',
    startsAt: new Date('2026-11-12T09:00:00Z'),
    chairId: 'chair-1',
    now: NOW,
  });
  const saved: Meeting[] = [];
  const meetings = {
    get: () => Promise.resolve(meeting),
    isAwaitingDecisionElsewhere: () => Promise.resolve(options.awaitingDecisionElsewhere ?? false),
    save: (changed: Meeting) => Promise.resolve(void saved.push(changed)),
  } as unknown as MeetingRepository;
  const dossiers = { find: () => Promise.resolve(options.dossier) } as unknown as DossierRepository;
  const transactions = { run: <T>(work: () => Promise<T>) => work() } as unknown as TransactionRunner;
  return { handler: new PlaceCaseOnAgendaHandler(transactions, meetings, dossiers), meeting, saved };
}

describe('PlaceCaseOnAgendaHandler', () => {
  it('should save the meeting with the case on its agenda when the dossier is complete', async () => {
    const { handler, meeting, saved } = handlerWith({ dossier: completeDossier() });
    const item = await handler.execute(new PlaceCaseOnAgendaCommand(meeting.id, CASE_ID));
    expect(item.personId).toBe(referral().personId);
    expect(saved).toEqual([meeting]);
  });

  it('should ask for the education member at the meeting when the referral requires it', async () => {
    const { handler, meeting } = handlerWith({
      dossier: completeDossier({
        requiredMembers: ['employment', 'health', 'social', 'company-consultant', 'education'],
      }),
    });
    const item = await handler.execute(new PlaceCaseOnAgendaCommand(meeting.id, CASE_ID));
    expect(item.educationMemberRequired).toBe(true);
    expect(meeting.quorum().missingRoles).toContain('education');
  });

  it('should not ask for the education member when the referral does not name the required members', async () => {
    const { handler, meeting } = handlerWith({ dossier: completeDossier() });
    const item = await handler.execute(new PlaceCaseOnAgendaCommand(meeting.id, CASE_ID));
    expect(item.educationMemberRequired).toBe(false);
    expect(meeting.quorum().missingRoles).not.toContain('education');
  });

  it('should save the case on the agenda when the dossier still misses a department and the GP certificate', async () => {
    const { handler, meeting, saved } = handlerWith({ dossier: Dossier.openOnReferral(referral(), NOW) });
    const item = await handler.execute(new PlaceCaseOnAgendaCommand(meeting.id, CASE_ID));
    expect(item.caseId).toBe(CASE_ID);
    expect(saved).toEqual([meeting]);
  });

  it('should refuse and save nothing when the referral has not arrived', async () => {
    const { handler, meeting, saved } = handlerWith({
      dossier: Dossier.openAheadOfReferral({ caseId: CASE_ID, personId: referral().personId, municipality: '101' }),
    });
    await expect(handler.execute(new PlaceCaseOnAgendaCommand(meeting.id, CASE_ID))).rejects.toThrow(
      /has not been referred/,
    );
    expect(saved).toEqual([]);
  });

  it('should refuse when the case awaits a decision at another meeting', async () => {
    const { handler, meeting } = handlerWith({ dossier: completeDossier(), awaitingDecisionElsewhere: true });
    await expect(handler.execute(new PlaceCaseOnAgendaCommand(meeting.id, CASE_ID))).rejects.toThrow(/another meeting/);
  });
});
