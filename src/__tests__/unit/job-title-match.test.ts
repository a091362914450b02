import { titleAsHeld } from '../../services/assistant/job-title-match';

describe('a job title asked for, against the titles held', () => {
  const held = ['Security Analyst', 'Senior Security Analyst', 'Data Scientist', 'ML Engineer', null];

  it('when someone holds the title as asked, then it is kept', () => {
    expect(titleAsHeld('ml engineer', held)).toBe('ml engineer');
    expect(titleAsHeld('Security Analyst', held)).toBe('security analyst');
  });

  it('when the title is misspelt ("seucrity analyst"), then it is the held title it is near, word by word', () => {
    expect(titleAsHeld('seucrity analyst', held)).toBe('security analyst');
    expect(titleAsHeld('data scientst', held)).toBe('data scientist');
  });

  it('when nothing held is near, then it is kept as asked, so that no one matches', () => {
    expect(titleAsHeld('astronaut engineer', held)).toBe('astronaut engineer');
    expect(titleAsHeld('seucrity analyst', [null])).toBe('seucrity analyst');
  });
});
