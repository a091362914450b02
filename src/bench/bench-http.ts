/** The few API calls the bench makes itself, outside the load: logging in, listing employees. */

export async function call<T>(base: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export const login = async (base: string, username: string, password: string) =>
  (await call<{ access_token: string }>(base, 'POST', '/token', undefined, { username, password })).access_token;

export interface Employee {
  employee_id: string;
  team_id: string;
  status: string;
}

export async function allEmployees(base: string, token: string): Promise<Employee[]> {
  const all: Employee[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Employee[]; next_cursor: string | null } = await call(
      base,
      'GET',
      `/employees?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      token,
    );
    all.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return all;
}
