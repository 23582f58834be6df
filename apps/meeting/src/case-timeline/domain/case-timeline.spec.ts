import { NO_GP_CERTIFICATE, type DossierState } from '../../dossier/domain/dossier.aggregate';
import type { AgendaItem } from '../../meeting/domain/meeting.aggregate';
import { caseTimeline, type CaseFacts } from './case-timeline';
import type { OutcomeMessageState } from './outcome-message.aggregate';

const CASE_ID = '0b6f3d1e-6a0c-4c7e-9d1a-2f3e4a5b6c7d';
const MEETING_ID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 10, day, hour));

const dossier = (overrides: Partial<DossierState> = {}): DossierState => ({
  caseId: CASE_ID,
  personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  municipality: '101',
  caseType: 'resource-programme',
  requiredDepartments: ['job-centre'],
  requiredMembers: null,
  referredAt: at(1),
  status: 'complete',
  completedAt: at(3),
  gpCertificate: NO_GP_CERTIFICATE,
  contributions: [
    {
      department: 'job-centre',
      contributionId: '11111111-1111-4111-8111-111111111111',
      version: 1,
      submittedBy: 'cw-1',
      submittedAt: at(3),
      content: { summary: 'Text' },
    },
  ],
  version: 3,
  ...overrides,
});

const agendaItem = (overrides: Partial<AgendaItem> = {}): AgendaItem => ({
  caseId: CASE_ID,
  personId: '6f1c1a52-8f3e-4d3a-9c1e-0b7f1f2a3b4c',
  placedAt: at(4),
  late: false,
  educationMemberRequired: false,
  citizen: null,
  pendingDecision: null,
  recommendation: {
    recommendationId: '22222222-2222-4222-8222-222222222222',
    outcome: 'resource-programme',
    text: 'Text',
    adoptedBy: 'chair-1',
    adoptedAt: at(8, 10),
    quorumOverrideReason: null,
    pensionGrounds: null,
  },
  decision: {
    decisionId: '33333333-3333-4333-8333-333333333333',
    recommendationId: '22222222-2222-4222-8222-222222222222',
    outcome: 'resource-programme',
    followsRecommendation: true,
    decidedBy: 'leader-1',
    decidedAtMeeting: true,
    deviationReason: null,
    decidedAt: at(8, 11),
  },
  ...overrides,
});

const outcomeMessage = (overrides: Partial<OutcomeMessageState> = {}): OutcomeMessageState => ({
  messageHeaderId: '44444444-4444-4444-8444-444444444444',
  caseId: CASE_ID,
  decisionId: '33333333-3333-4333-8333-333333333333',
  recipientSorCode: '123456789012',
  sentAt: at(8, 12),
  acknowledgements: [{ code: 'ok', acknowledgedAt: at(8, 13) }],
  version: 2,
  ...overrides,
});

const facts = (overrides: Partial<CaseFacts> = {}): CaseFacts => ({
  dossier: dossier(),
  agendaHistory: [{ meetingId: MEETING_ID, startsAt: at(8), item: agendaItem() }],
  outcomeMessages: [outcomeMessage()],
  ...overrides,
});

describe('caseTimeline', () => {
  it('should list every step in the order of the process when the case has gone all the way', () => {
    expect(caseTimeline(facts()).map((entry) => entry.kind)).toEqual([
      'referred',
      'contribution-submitted',
      'dossier-completed',
      'case-scheduled',
      'recommendation-adopted',
      'decision-recorded',
      'gp-outcome-sent',
      'gp-outcome-acknowledged',
    ]);
  });

  it('should list only the contributions when the referral has not arrived', () => {
    const timeline = caseTimeline(
      facts({
        dossier: dossier({ referredAt: null, status: 'awaiting-referral', completedAt: null }),
        agendaHistory: [],
        outcomeMessages: [],
      }),
    );
    expect(timeline.map((entry) => entry.kind)).toEqual(['contribution-submitted']);
  });

  it('should be empty when nothing about the case was recorded', () => {
    expect(caseTimeline({ dossier: null, agendaHistory: [], outcomeMessages: [] })).toEqual([]);
  });
});
