/*
 * practice64 — leave balances and requests, asked in long messages. API.md: the balance comes from the ledger (a grant
 * pro-rated by the whole months of the year inside the employment, approved leave taken — days ahead included — and
 * pending requests reserving their days), available = allocated − taken − pending; a request costs each day's
 * expected fraction without leave (a holiday nothing, a half holiday half; a half day 0.5). "Available" is asked as the
 * API defines it; "left" only where the pending days make no difference; "once my request is counted" where one is
 * pending. Who is off is read from the requests and the absence rule, which must agree. Context — a sabbatical, an
 * approval someone wants, a sister's trip — changes nothing asked.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveD, month, NEXT_WEEK, on, some } from '../../oracle/practice58-figures';
import { grantD, leftD } from '../../oracle/practice58-calendar';
import { claim, EVERYONE, near, personal, team } from '../../oracle/practice64-figures';
import { afterRequests, availableOf, costOf, grantOf, leftOf, offIn, requestCount, requesters, requestOf, usedOf } from '../../oracle/practice64-leave';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const left = (id: string, code: 'ANNUAL' | 'SICK' = 'ANNUAL') => figures(leftD(leftOf(id, code)));
const available = (id: string) => figures(leftD(availableOf(id)));
const ALL_STATES = ['pending', 'approved', 'rejected', 'cancelled'] as const;

export const LEAVE: readonly Question[] = [
  // HR.
  q(
    'QM054',
    'admin',
    'Julia Fischer has been asking about a sabbatical, which is a conversation for another day. For now she just wants to know where she stands. How many days of annual leave does she have left this year?',
    () => left('DAT-003'),
  ),
  q('QM055', 'admin', "Hi! Clara Jensen joined in March and she's confused about her allowance. How many days of annual leave was she granted for 2025?", () =>
    figures(grantD(grantOf('AI-008'))),
  ),
  q(
    'QM056',
    'admin',
    "I'm planning cover for the week after this one and the facilities team wants numbers. Only count what's been signed off. Which people have approved leave falling next week?",
    () => people(some(offIn(EVERYONE, NEXT_WEEK, true))),
  ),
  q('QM057', 'admin', "Ahmed wants to book a table for a Data team lunch today and asked if anyone's away. Who in DAT is on leave today?", () =>
    people(some(offIn(team('DAT'), on(TODAY)))),
  ),
  q(
    'QM058',
    'admin',
    "I'm clearing the leave queue before the Christmas rush. Wei already nudged me about one of his people, and Priya about two of hers. Not deciding anything yet. How many leave requests are pending across the company right now?",
    () => {
      claim(requesters(['pending'], team('AI')).length === 1 && requesters(['pending'], team('DEV')).length === 2, "Wei's one and Priya's two");
      return figures(near(count(requestCount(['pending'])), 'request|pending'));
    },
  ),
  q(
    'QM059',
    'admin',
    "Chris Walker's request for early December has landed in my inbox. Elena asked me to keep an eye on it while she's busy. What's its status, and how many days will it cost him?",
    () => {
      const r = requestOf('QA-004', [...ALL_STATES], '2025-12-02');
      return answer({ mentions: [r.status], figures: [leaveD(costOf(r))] });
    },
  ),
  q(
    'QM060',
    'admin',
    "Omar Haddad asked why his November request didn't go through; I'm not getting into the why with him. Was it approved or rejected? No rush.",
    () => answer({ mentions: [requestOf('DEV-010', [...ALL_STATES], '2025-11-21').status] }),
  ),
  q('QM061', 'admin', "hannah schmidt's manager is doing a return-to-work chat with her next week. How many sick days has Hannah taken this year?", () =>
    figures(leaveD(usedOf('DEV-007', 'SICK'))),
  ),
  q(
    'QM062',
    'admin',
    'Felix Wagner has the end of December booked off. Wei wants to know what it did to his balance. How many days of annual leave did that request cost him, with Christmas falling in the middle of it?',
    () => figures(leaveD(costOf(requestOf('AI-003', ['approved'], '2025-12-22')))),
  ),
  q('QM063', 'admin', 'Amara is planning the AI sprint calendar and asked me to check December. Who in AI has approved leave in December?', () =>
    people(some(offIn(team('AI'), month(12), true))),
  ),
  q(
    'QM064',
    'admin',
    "Samuel Wright's manager is asking about the unpaid leave rules, I'll deal with that separately. Who has unpaid leave requests on file, whatever their status?",
    () => people(some(requesters([...ALL_STATES], EVERYONE, 'UNPAID'))),
  ),
  q(
    'QM065',
    'admin',
    'The Data team lunch is on Friday and Ahmed wants everyone there. He asked me to check on Anna in particular. Will Anna Berg be in that day, or is she still on leave?',
    () => {
      const r = requestOf('DAT-007', ['approved']);
      claim(r.from <= '2025-11-21' && '2025-11-21' <= r.to, 'Anna Berg is on leave this Friday');
      return answer({ mentions: ['leave'], dates: [r.to] });
    },
  ),
  // Managers.
  q(
    'QM066',
    'DEV-001',
    "Omar Haddad had a request turned down recently and wants to try again for a different day. How many annual leave days has he got left to use? He's asked twice now.",
    () => {
      claim(requestOf('DEV-010', ['rejected']).code === 'ANNUAL', 'Omar had an annual leave request rejected');
      return left('DEV-010');
    },
  ),
  q(
    'QM067',
    'DEV-001',
    "Yuki put a request in for December and I haven't opened it yet. I'm between meetings all day. What dates is it for, and how many days is it?",
    () => {
      const r = requestOf('DEV-009', ['pending']);
      return answer({ dates: [r.from, r.to], figures: [leaveD(costOf(r))] });
    },
  ),
  q('QM068', 'DEV-001', "Aisha's been asking about the end-of-year shutdown. Does anyone on my team have leave requests still waiting for a decision?", () =>
    people(some(requesters(['pending'], team('DEV')))),
  ),
  q('QM069', 'DEV-001', 'Just had Sofia in my office about her afternoon off on the 18th. How many days of annual leave does she have available now?', () => {
    claim(requestOf('DEV-011', ['approved']).from === '2025-11-18', 'Sofia had the afternoon of the 18th off');
    return available('DEV-011');
  }),
  q(
    'QM070',
    'DEV-001',
    "Tom Becker hasn't taken a single day this year as far as I can tell, which worries me a bit. How much annual leave has he got left?",
    () => {
      claim(requesters(['approved', 'pending'], { ids: ['DEV-002'] }).length === 0, 'Tom Becker has no leave');
      return left('DEV-002');
    },
  ),
  q(
    'QM071',
    'DEV-001',
    "Lukas took a week in August and reckons he's still got loads left. How many days of annual leave has he used so far this year?",
    () => {
      claim(personal('DEV-004', 'leave', month(8)) === 5, 'Lukas took a week in August');
      return figures(leaveD(usedOf('DEV-004', 'ANNUAL')));
    },
  ),
  q(
    'QM072',
    'QA-001',
    "Nina Kowalski was off for the last week of August. She's now asking about a long trip in the spring. How much annual leave does she have left now?",
    () => {
      claim(requestOf('QA-005', ['approved']).from === '2025-08-25', 'Nina was off the last week of August');
      return left('QA-005');
    },
  ),
  q(
    'QM073',
    'QA-001',
    'Peter cancelled his day off on 5 December so he could cover the release. Does anyone on my team have leave booked for next week? Thanks.',
    () => {
      claim(requestOf('QA-006', ['cancelled']).from === '2025-12-05', "Peter's 5 December request was cancelled");
      return people(some(offIn(team('QA'), NEXT_WEEK)));
    },
  ),
  q(
    'QM074',
    'QA-001',
    'Chris Walker asked me to approve his half day, but I want to look at his balance first. How many days of annual leave does he have available?',
    () => available('QA-004'),
  ),
  q(
    'QM075',
    'QA-001',
    "Fatima says her sick day on the 5th went through fine, just double-checking. I don't remember clicking anything. Was it approved?",
    () => {
      const r = requestOf('QA-003', [...ALL_STATES], '2025-11-05');
      claim(r.code === 'SICK', "Fatima's request on the 5th is sick leave");
      return yesNo(r.status === 'approved', [], { mentions: ['approved'] });
    },
  ),
  // Employees.
  q(
    'QM076',
    'DEV-003',
    "Hi! I've got a request pending for the end of December and Priya hasn't looked at it yet. How many days of annual leave do I have available once that request is counted?",
    () => figures(leftD(afterRequests('DEV-003'))),
  ),
  q(
    'QM077',
    'QA-003',
    "Hiya! I'm planning a trip with my sister in the spring, nothing booked yet. How much annual leave do I still have this year? Thanks a million",
    () => left('QA-003'),
  ),
  q('QM078', 'QA-003', 'hi hi. Elena asked me to confirm that my sick day earlier this month got logged. How many sick days have I used so far in 2025?', () =>
    figures(leaveD(usedOf('QA-003', 'SICK'))),
  ),
  q(
    'QM079',
    'SEC-004',
    'I put in for Friday the 28th off a while back and never heard anything. My flights are on hold until I know. Has it been approved yet?',
    () => {
      const r = requestOf('SEC-004', [...ALL_STATES], '2025-11-28');
      return yesNo(r.status === 'approved', [], { mentions: [r.status] });
    },
  ),
  q(
    'QM080',
    'SEC-004',
    "Lucas on my team says unpaid leave doesn't come out of your allowance — whatever. How many days of annual leave will I have once my pending request is counted?",
    () => figures(leftD(afterRequests('SEC-004'))),
  ),
  q('QM081', 'DAT-004', 'Mei Lin was off sick on Monday and Tuesday and it got me thinking. How many sick days am I entitled to this year?', () => {
    claim(requestOf('DAT-005', ['approved']).from === '2025-11-17', 'Mei Lin was off sick from Monday');
    return figures(grantD(grantOf('DAT-004', 'SICK')));
  }),
  q('QM082', 'QA-003', 'My manager mentioned the leave calendar is filling up fast for December. Have I got any leave requests in at all this year?', () => {
    const r = requestOf('QA-003', [...ALL_STATES]);
    return yesNo(true, [], { mentions: [r.code.toLowerCase()], dates: [r.from] });
  }),
  // A line someone else wrote, pasted in: the ask is theirs, answered in the caller's scope.
  q(
    'QM083',
    'DEV-001',
    'Forwarding a question from Tom in our team chat: "is anyone in DEV off next week? need to plan the code freeze". Could you answer it for him? Thanks',
    () => people(some(offIn(team('DEV'), NEXT_WEEK))),
  ),
  q(
    'QM084',
    'QA-003',
    'Elena wrote in the team channel: "everyone please check your balances before booking anything for December". Fair enough. How many sick days have I got left?',
    () => left('QA-003', 'SICK'),
  ),
];
