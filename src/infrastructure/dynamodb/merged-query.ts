import type { TableClient, Item } from './table-client';

/** Conditions joined with AND, and the names and values they use. */
export interface QueryFilter {
  conditions: string[];
  names: Record<string, string>;
  values: Record<string, unknown>;
}

export interface MergedQuery {
  /** A global secondary index, whose key attributes are `<index>PK` and `<index>SK`; or 'table', whose are PK and SK. */
  index: string;
  partitions: string[];
  /** A condition on the sort key, written on `#sk` (`#sk BETWEEN :low AND :high`); none reads whole partitions. */
  range?: { condition: string; values: Record<string, unknown> };
  filter?: QueryFilter;
  /** Sort keys descending (newest first) instead of ascending. */
  descending?: boolean;
}

/**
 * A k-way merge of sorted Queries of several partitions of one index (shards,
 * or one collection per status): up to limit + 1 items in sort-key order, the
 * extra one saying a next page exists. Each partition is read in small steps
 * and only when its next item might be the next of the page, so a page costs
 * about its own size plus a little per partition.
 */
export async function mergedQuery(table: TableClient, query: MergedQuery, limit: number): Promise<Item[]> {
  const onTable = query.index === 'table';
  const pk = onTable ? 'PK' : `${query.index}PK`;
  const sk = onTable ? 'SK' : `${query.index}SK`;
  const step = Math.max(5, Math.ceil((limit + 1) / 2));
  const { range, filter } = query;
  const streams = query.partitions.map((partition) => ({ partition, buffer: [] as Item[], start: undefined as Item | undefined, done: false }));
  const fill = async (stream: (typeof streams)[number]) => {
    if (stream.buffer.length > 0 || stream.done) return;
    const read = await table.queryUntil(
      {
        ...(!onTable && { IndexName: query.index }),
        KeyConditionExpression: range ? `#pk = :partition AND ${range.condition}` : '#pk = :partition',
        ...(filter && filter.conditions.length > 0 && { FilterExpression: filter.conditions.join(' AND ') }),
        ExpressionAttributeNames: { '#pk': pk, ...(range && { '#sk': sk }), ...filter?.names },
        ExpressionAttributeValues: { ':partition': stream.partition, ...range?.values, ...filter?.values },
        ScanIndexForward: !query.descending,
      },
      (items) => items.length > 0,
      { ...(stream.start && { start: stream.start }), step: () => step },
    );
    stream.buffer.push(...read.items);
    stream.start = read.next;
    stream.done = read.next === undefined;
  };
  await Promise.all(streams.map(fill));
  const first = (a: string, b: string) => (query.descending ? a > b : a < b);
  const merged: Item[] = [];
  while (merged.length <= limit) {
    let best: (typeof streams)[number] | undefined;
    for (const stream of streams) {
      const head = stream.buffer[0];
      if (head && (!best || first(head[sk] as string, best.buffer[0]![sk] as string))) best = stream;
    }
    if (!best) break;
    merged.push(best.buffer.shift()!);
    await fill(best);
  }
  return merged;
}
