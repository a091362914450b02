import type { Request } from 'express';
import type { Page, PageRequest } from '../core/page';
import { cursorBinding, type CursorSigner } from './cursor';

export interface PageQueryValues {
  limit: number;
  cursor?: string;
}

export interface PageBody<T> {
  items: T[];
  next_cursor: string | null;
}

/** Turns list queries into page requests and pages into `{items, next_cursor}`, with signed, bound cursors. */
export class Paginator {
  constructor(private readonly signer: CursorSigner) {}

  list<T>(req: Request, query: PageQueryValues, filters: Record<string, unknown>, fetch: (page: PageRequest) => Promise<Page<T>>): Promise<PageBody<T>> {
    return this.listAt(req.baseUrl + req.path, query, filters, fetch);
  }

  /** As list, for a caller that is not a route (an MCP tool): `place` names it, so its cursors serve nowhere else. */
  async listAt<T>(
    place: string,
    query: PageQueryValues,
    filters: Record<string, unknown>,
    fetch: (page: PageRequest) => Promise<Page<T>>,
  ): Promise<PageBody<T>> {
    const binding = cursorBinding(place, filters);
    const page = await fetch({
      limit: query.limit,
      ...(query.cursor !== undefined && { after: this.signer.open(query.cursor, binding) }),
    });
    return { items: page.items, next_cursor: this.signer.sign(page.next, binding) };
  }
}
