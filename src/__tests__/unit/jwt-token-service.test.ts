import jwt from 'jsonwebtoken';
import { JwtTokenService } from '../../infrastructure/auth/jwt-token-service';

const SECRET = 'unit-secret-unit-secret-unit-secret-0000';
const claims = (sub: string) => ({ sub, role: 'employee' as const, employee_id: 'DEV-001', team_id: 'DEV', ver: 3 });

describe('JwtTokenService', () => {
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('when a token is presented again, then its signature is not checked again and the claims are the same', () => {
    const service = new JwtTokenService(SECRET, '1h');
    const token = service.issue(claims('ada')).access_token;
    const checks = jest.spyOn(jwt, 'verify');
    expect(service.verify(token)).toEqual({ ...claims('ada'), jti: expect.any(String) });
    expect(service.verify(token)).toEqual(service.verify(token));
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it('when two tokens are issued for the same claims, then each has its own id', () => {
    const service = new JwtTokenService(SECRET, '1h');
    const [first, second] = [service.issue(claims('ada')).access_token, service.issue(claims('ada')).access_token];
    expect(service.verify(first)!.jti).not.toBe(service.verify(second)!.jti);
  });

  it('when a remembered token reaches its expiry second, then it is refused, as jsonwebtoken would', () => {
    jest.useFakeTimers({ now: new Date('2026-03-02T10:00:00.000Z') });
    const service = new JwtTokenService(SECRET, '60s');
    const token = service.issue(claims('ada')).access_token;
    expect(service.verify(token)).not.toBeNull();
    jest.setSystemTime(new Date('2026-03-02T10:00:59.999Z'));
    expect(service.verify(token)).not.toBeNull();
    jest.setSystemTime(new Date('2026-03-02T10:01:00.000Z'));
    expect(service.verify(token)).toBeNull();
    expect(() => jwt.verify(token, SECRET)).toThrow(jwt.TokenExpiredError);
  });

  it('when a remembered token is altered, then the altered one is checked and refused', () => {
    const service = new JwtTokenService(SECRET, '1h');
    const token = service.issue(claims('ada')).access_token;
    expect(service.verify(token)).not.toBeNull();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'admin' })).toString('base64url');
    expect(service.verify(`${header}.${forged}.${signature}`)).toBeNull();
    expect(service.verify(`${token}x`)).toBeNull();
  });

  it('when more tokens arrive than it remembers, then the oldest is forgotten and every token still verifies', () => {
    const service = new JwtTokenService(SECRET, '1h', 2);
    const tokens = ['a', 'b', 'c'].map((sub) => service.issue(claims(sub)).access_token);
    const checks = jest.spyOn(jwt, 'verify');
    for (const token of tokens) service.verify(token);
    expect(checks).toHaveBeenCalledTimes(3);
    expect(service.verify(tokens[2]!)?.sub).toBe('c');
    expect(checks).toHaveBeenCalledTimes(3);
    // "a" was forgotten when "c" arrived: checked again, and remembered again in place of "b".
    expect(service.verify(tokens[0]!)?.sub).toBe('a');
    expect(checks).toHaveBeenCalledTimes(4);
    expect(service.verify(tokens[1]!)?.sub).toBe('b');
    expect(checks).toHaveBeenCalledTimes(5);
  });
});
