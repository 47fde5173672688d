import { followUpProblems, masProgress, waitingForFeedback, type FollowUpFields } from '../../../src/core/evaluation';

const none: FollowUpFields = {
  status: 'Nieuw', reportedOn: null, contactOn: null, route: '', routeOn: null, feedback: '', feedbackOn: null, result: '', closedOn: null,
};

describe('where a melding stands on the MAS stappenplan', () => {
  it('waits at step 1 until reported; Niet melden stops there', () => {
    expect(masProgress(none, 'A')).toEqual({ current: 1, done: [], branch: 'A', stopped: false });
    expect(masProgress({ ...none, status: 'Niet melden' }, 'B').stopped).toBe(true);
  });
  it('moves to contact (2), investigation (3), carrying out the route (8) and evaluation (10)', () => {
    const reported = { ...none, status: 'Gemeld' as const, reportedOn: '2026-09-28' };
    expect(masProgress(reported, 'A').current).toBe(2);
    expect(masProgress({ ...reported, contactOn: '2026-10-01' }, 'A').current).toBe(3);
    const route = { ...reported, contactOn: '2026-10-01', route: 'Halt', routeOn: '2026-10-12' };
    expect(masProgress(route, 'A')).toEqual({ current: 8, done: [1, 2, 3, 4, 5, 6, 7], branch: 'A', stopped: false });
    expect(masProgress({ ...route, feedback: 'Halt-straf uitgevoerd', feedbackOn: '2026-11-20' }, 'A').current).toBe(10);
  });
});

describe('waiting for feedback', () => {
  const reported = { ...none, status: 'Gemeld' as const, reportedOn: '2026-09-28' };
  it('after N weeks since Gemeld op without terugkoppeling', () => {
    // 6 weeks after Monday 28 September is Monday 9 November.
    expect(waitingForFeedback(reported, '2026-11-08', 6)).toBe(false);
    expect(waitingForFeedback(reported, '2026-11-09', 6)).toBe(true);
    expect(waitingForFeedback({ ...reported, feedbackOn: '2026-10-20' }, '2026-12-01', 6)).toBe(false);
    expect(waitingForFeedback(none, '2026-12-01', 6)).toBe(false);
  });
});

describe('the checks of output.md on the follow-up columns', () => {
  it('names a date before the flag start and a route without Gemeld op', () => {
    const problems = followUpProblems({ ...none, route: 'Halt', contactOn: '2026-09-01' }, '2026-09-02');
    expect(problems.map((p) => p.field)).toEqual(['contactOn', 'route']);
    expect(problems[0].message).toBe('Contact leerplicht op (01-09-2026) ligt vóór de begindatum van het signaal (02-09-2026).');
    expect(followUpProblems({ ...none, reportedOn: '2026-09-28', route: 'Halt' }, '2026-09-02')).toEqual([]);
  });
});
