import { setTimeout as sleep } from 'node:timers/promises';
import {
  BatchGetCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { DatabaseUnavailableError, PartialWriteError } from '../../core/errors';
import type { Page, PageRequest } from '../../core/page';
import type { Clock } from '../../core/ports';
import { systemClock } from '../system-clock';
import { MAX_ATTEMPTS, REQUEST_TIMEOUT_MS } from './client';
import { cancellationCodes, translateDynamoError } from './database-errors';
import { INDEX_KEY_ATTRIBUTES } from './key-design';
import { decodePosition, encodePosition } from '../page-position';

export type Item = Record<string, unknown>;
export type TransactWrite = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A step of a transaction, and what its condition failing means. */
export interface TransactStep {
  write: TransactWrite;
  /** An error to throw, or STALE when the failure means an earlier read is out of date. */
  onConditionFailed?: () => Error | typeof STALE;
}

export const STALE = Symbol('stale read');

/** Thrown when a transaction's guard on an earlier read failed: read again and retry. */
class StaleReadError extends Error {}

/**
 * Transactions racing on one item (a team's reference count under a crowd of
 * creates) each let at least one through per round, so a crowd of n needs n
 * rounds: retried for as long as the SDK would give one request, not a fixed
 * count, which a loaded machine ran out of (51 concurrent creates in one team).
 */
const CONFLICT_BUDGET_MS = MAX_ATTEMPTS * REQUEST_TIMEOUT_MS;
/** Each round of optimistic writers lets at least one through: enough rounds for a crowd on one item. */
const STALE_RETRIES = 24;

/** Jittered exponential backoff: up to 10 ms, 20 ms, 40 ms… capped at 320 ms. */
const backoff = (attempt: number) => Math.random() * 10 * 2 ** Math.min(attempt, 5);

/**
 * The client wrapper every repository goes through: errors translated to the
 * core's, Query paging, batched reads, transactions with their retries. What
 * the keys are is key-design.ts's.
 */
export class TableClient {
  readonly clock: Clock;
  private readonly conflictBudgetMs: number;

  /** The clock stamps what the repositories write (created_at, updated_at and the like): the app's, so a test's stopped clock holds here too. */
  constructor(
    readonly doc: DynamoDBDocumentClient,
    readonly name: string,
    options: { clock?: Clock; conflictBudgetMs?: number } = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.conflictBudgetMs = options.conflictBudgetMs ?? CONFLICT_BUDGET_MS;
  }

  /** Now, as items store instants (ISO 8601, UTC, milliseconds). */
  now(): string {
    return this.clock.now().toISOString();
  }

  async send<Output>(command: object): Promise<Output> {
    try {
      return (await this.doc.send(command as never)) as Output;
    } catch (error) {
      throw translateDynamoError(error);
    }
  }

  async get(key: Item, consistent = true): Promise<Item | undefined> {
    const output = await this.send<{ Item?: Item }>(new GetCommand({ TableName: this.name, Key: key, ConsistentRead: consistent }));
    return output.Item;
  }

  /** One Query call: its items, and the key the next call resumes from (none when the Query is done). */
  async queryOnce(input: Omit<QueryCommandInput, 'TableName'>): Promise<{ items: Item[]; next?: Item }> {
    const output = await this.send<{ Items?: Item[]; LastEvaluatedKey?: Item }>(new QueryCommand({ ...input, TableName: this.name }));
    return { items: output.Items ?? [], ...(output.LastEvaluatedKey && { next: output.LastEvaluatedKey }) };
  }

  /**
   * A Query's items, call after call from `start`, until `enough` says so of
   * those read or none are left; `step` sets each call's Limit from how many
   * were read (without it, DynamoDB's 1 MB pages). `next` resumes after them.
   */
  async queryUntil(
    input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>,
    enough: (items: Item[]) => boolean,
    options: { start?: Item; step?: (read: number) => number } = {},
  ): Promise<{ items: Item[]; next?: Item }> {
    const items: Item[] = [];
    let start = options.start;
    do {
      const page = await this.queryOnce({ ...input, ...(start && { ExclusiveStartKey: start }), ...(options.step && { Limit: options.step(items.length) }) });
      items.push(...page.items);
      start = page.next;
    } while (start && !enough(items));
    return { items, ...(start && { next: start }) };
  }

  /** Every item a Query matches, page after page: for bounded sets (one employee's, one team's, the stats). */
  async queryAll(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>): Promise<Item[]> {
    return (await this.queryUntil(input, () => false)).items;
  }

  /** The first item a Query gives in its order (no filter: one call, one item read). */
  async queryFirst(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit' | 'FilterExpression'>): Promise<Item | undefined> {
    return (await this.queryOnce({ ...input, Limit: 1 })).items[0];
  }

  /** How many items a Query matches (after its filter), counted by DynamoDB page after page without sending them. */
  async count(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Select'>): Promise<number> {
    let total = 0;
    let start: Item | undefined;
    do {
      const output = await this.send<{ Count?: number; LastEvaluatedKey?: Item }>(
        new QueryCommand({ ...input, TableName: this.name, Select: 'COUNT', ...(start && { ExclusiveStartKey: start }) }),
      );
      total += output.Count ?? 0;
      start = output.LastEvaluatedKey;
    } while (start);
    return total;
  }

  /**
   * Every item of those keys that exists, 100 keys a call, a few calls at a
   * time, unprocessed keys retried with backoff. A quarter's summary reads 16
   * counters per team and day, 15 calls per team: sent all at once, DynamoDB
   * Local left some unanswered past the request timeout (a 503 in the test
   * suite), and a provisioned table would throttle them.
   */
  async batchGet(keys: Item[], concurrency = 8): Promise<Item[]> {
    // BatchGetItem refuses a request that names a key twice.
    const unique = [...new Map(keys.map((key) => [`${key.PK as string}|${key.SK as string}`, key])).values()];
    const found: Item[] = [];
    const batches: Item[][] = [];
    for (let i = 0; i < unique.length; i += 100) batches.push(unique.slice(i, i + 100));
    const worker = async () => {
      for (let batch = batches.shift(); batch; batch = batches.shift()) {
        let pending = batch;
        for (let attempt = 0; pending.length > 0; attempt++) {
          if (attempt > 0) await sleep(backoff(attempt));
          const output = await this.send<{ Responses?: Record<string, Item[]>; UnprocessedKeys?: Record<string, { Keys?: Item[] }> }>(
            new BatchGetCommand({ RequestItems: { [this.name]: { Keys: pending } } }),
          );
          found.push(...(output.Responses?.[this.name] ?? []));
          pending = output.UnprocessedKeys?.[this.name]?.Keys ?? [];
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
    return found;
  }

  /**
   * Runs `write` for each item, a few at a time (each its own transaction).
   * If one fails, the rest stop and a PartialWriteError says which landed, so
   * that sending the same upserts again completes the work (when none landed,
   * the failure itself is thrown).
   */
  async writeEach<T>(items: T[], write: (item: T) => Promise<unknown>, concurrency = 8): Promise<void> {
    const written: number[] = [];
    let next = 0;
    let failure: unknown;
    const worker = async () => {
      while (failure === undefined && next < items.length) {
        const index = next++;
        try {
          await write(items[index]!);
          written.push(index);
        } catch (error) {
          failure ??= error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
    if (failure === undefined) return;
    // Nothing landed: the write's own error (a 409 stays a 409) says more than "interrupted, send it again".
    if (written.length === 0 && failure instanceof Error) throw failure;
    throw new PartialWriteError(
      written.sort((a, b) => a - b),
      failure,
    );
  }

  /**
   * All steps or none. A failed condition throws what its step says; two
   * transactions racing on one item (TransactionConflict) are retried.
   */
  async transact(steps: TransactStep[]): Promise<void> {
    const giveUpAt = performance.now() + this.conflictBudgetMs;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.doc.send(new TransactWriteCommand({ TransactItems: steps.map((step) => step.write) }));
        return;
      } catch (error) {
        const codes = cancellationCodes(error);
        if (!codes) throw translateDynamoError(error);
        const failed = codes.indexOf('ConditionalCheckFailed');
        if (failed >= 0) {
          const outcome = steps[failed]?.onConditionFailed?.();
          if (outcome === STALE || outcome === undefined) throw new StaleReadError();
          throw outcome;
        }
        if (codes.includes('TransactionConflict') && performance.now() < giveUpAt) {
          await sleep(backoff(attempt));
          continue;
        }
        throw new DatabaseUnavailableError(error);
      }
    }
  }

  /**
   * Runs read-then-transact work again when a guard says its read went stale,
   * so concurrent changes are never silently overwritten.
   */
  async withFreshReads<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (!(error instanceof StaleReadError) || attempt >= STALE_RETRIES) {
          if (error instanceof StaleReadError) throw new DatabaseUnavailableError(error);
          throw error;
        }
        await sleep(backoff(attempt));
      }
    }
  }

  /**
   * One page of a Query, resumable from a position. Fetches limit + 1 matches
   * so that `next` is null exactly when nothing is left; a filtered Query may
   * take several calls to find them.
   */
  async queryPage<T>(
    input: Omit<QueryCommandInput, 'TableName' | 'Limit' | 'ExclusiveStartKey' | 'IndexName'>,
    index: keyof typeof INDEX_KEY_ATTRIBUTES,
    page: PageRequest,
    map: (item: Item) => T,
  ): Promise<Page<T>> {
    const keyAttributes = INDEX_KEY_ATTRIBUTES[index]!;
    const filtered = input.FilterExpression !== undefined;
    const { items } = await this.queryUntil({ ...input, ...(index !== 'table' && { IndexName: index }) }, (read) => read.length > page.limit, {
      ...(page.after !== undefined && { start: decodePosition(page.after, positionOf(keyAttributes)) }),
      // A filter drops items after they are read, so read in larger steps.
      step: (read) => (filtered ? Math.max(100, page.limit + 1) : page.limit + 1 - read),
    });
    if (items.length <= page.limit) return { items: items.map(map), next: null };
    const last = items[page.limit - 1]!;
    return { items: items.slice(0, page.limit).map(map), next: encodePosition(Object.fromEntries(keyAttributes.map((name) => [name, last[name]]))) };
  }
}

/** A position is the key attributes of the index read, which a Query resumes from. */
const positionOf =
  (keyAttributes: readonly string[]) =>
  (value: unknown): value is Item =>
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === keyAttributes.length &&
    keyAttributes.every((name) => typeof (value as Item)[name] === 'string');
