import { InvalidCursorError } from '../../core/errors';
import { CursorSigner, cursorBinding } from '../../http/cursor';

describe('cursors', () => {
  const signer = new CursorSigner('a-secret');
  const binding = cursorBinding('/employees', { team_id: 'DEV', q: undefined });

  it('round-trips a position under the same route and filters', () => {
    const cursor = signer.sign('position-1', binding)!;
    expect(signer.open(cursor, cursorBinding('/employees', { team_id: 'DEV' }))).toBe('position-1');
  });

  it('has no cursor when there is no next position', () => {
    expect(signer.sign(null, binding)).toBeNull();
  });

  it('refuses a cursor carried to other filters or another route', () => {
    const cursor = signer.sign('position-1', binding)!;
    expect(() => signer.open(cursor, cursorBinding('/employees', { team_id: 'QA' }))).toThrow(InvalidCursorError);
    expect(() => signer.open(cursor, cursorBinding('/teams', { team_id: 'DEV' }))).toThrow(InvalidCursorError);
  });

  it('refuses a forged, truncated or foreign-signed cursor', () => {
    const cursor = signer.sign('position-1', binding)!;
    const [payload, mac] = cursor.split('.') as [string, string];
    const forgedPayload = Buffer.from(JSON.stringify({ p: 'position-999', b: 'x' })).toString('base64url');
    for (const bad of [
      `${forgedPayload}.${mac}`,
      payload,
      `${payload}.`,
      `${payload}.${mac}.x`,
      'garbage',
      new CursorSigner('other').sign('position-1', binding)!,
    ]) {
      expect(() => signer.open(bad, binding)).toThrow(InvalidCursorError);
    }
  });

  it('binds filters regardless of their order', () => {
    expect(cursorBinding('/x', { a: 1, b: 2 })).toBe(cursorBinding('/x', { b: 2, a: 1 }));
  });
});
