import type { SettingsRepository } from '../../core/ports';
import type { SqlClient } from './sql-client';

export class PostgresSettingsRepository implements SettingsRepository {
  constructor(private readonly sql: SqlClient) {}

  async get(key: string): Promise<string | null> {
    const [row] = await this.sql.query<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return row?.value ?? null;
  }

  async putIfAbsent(key: string, value: string): Promise<string> {
    await this.sql.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, value]);
    // A separate statement: its fresh snapshot sees a row that a concurrent insert committed
    // while ours waited, which a CTE sharing the INSERT's snapshot would miss.
    return (await this.get(key))!;
  }

  /** One statement: the row lock the conflict takes serialises racing writers, and the least value stays. */
  async lowerTo(key: string, value: string): Promise<string> {
    const [row] = await this.sql.query<{ value: string }>(
      `INSERT INTO settings (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = least(settings.value COLLATE "C", EXCLUDED.value COLLATE "C")
       RETURNING value`,
      [key, value],
    );
    return row!.value;
  }
}
