import type { Principal } from '../../core/access';
import type { Role } from '../../core/account';
import { z } from '../schemas/zod';

export type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/** The specification's hints, said outright for every tool (its defaults assume a destructive, open-world tool). */
export interface ToolAnnotations {
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: false;
}

/** An MCP tool: one service call for the caller, its arguments and answer described by the REST API's own schemas. */
export interface Tool<I extends ObjectSchema = ObjectSchema, O extends ObjectSchema = ObjectSchema> {
  name: string;
  title: string;
  description: string;
  /** The roles that see it in tools/list and may call it: those that may ever use its REST route. */
  roles: readonly Role[];
  input: I;
  output: O;
  annotations: ToolAnnotations;
  run: (principal: Principal, args: z.output<I>) => Promise<z.output<O>>;
}

/** Keeps each tool's argument type tied to its run() while the list holds tools of every shape. */
export const tool = <I extends ObjectSchema, O extends ObjectSchema>(definition: Tool<I, O>): Tool => definition;

export const EVERY_ROLE: readonly Role[] = ['admin', 'manager', 'employee'];
/** Summaries and leave decisions: an employee never has them. */
export const DECIDING_ROLES: readonly Role[] = ['admin', 'manager'];

export const READ: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
/** A write that adds or moves something forward and refuses a repeat (a second check-in is a conflict). */
export const ADDING_WRITE: ToolAnnotations = { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false };
/** A write that undoes or refuses something for good (cancelled or rejected leave). */
export const ENDING_WRITE: ToolAnnotations = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: false };

/**
 * A query string carries digits where a tool's JSON arguments carry numbers:
 * these stand in for the REST query's text forms, with the same bounds.
 */
const JSON_NUMBERS: Record<string, z.ZodType> = {
  limit: z.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(50),
  year: z.number().int().min(1900, 'must be 1900 or later').max(2200, 'must be 2200 or earlier').optional(),
};

type SafeExtend = (shape: z.ZodRawShape) => ObjectSchema;

/**
 * A REST schema (query, path or body) as a tool's arguments, with the fields
 * of `more` added: its own checks kept (from not after to, strictness), and
 * the query's numeric fields as JSON numbers.
 */
export function argumentsOf<S extends ObjectSchema, M extends z.ZodRawShape = Record<never, never>>(schema: S, more?: M): z.ZodObject<S['shape'] & M> {
  const numbers = Object.fromEntries(Object.entries(JSON_NUMBERS).filter(([key]) => key in schema.shape));
  const extend = (schema as unknown as { safeExtend: SafeExtend }).safeExtend.bind(schema);
  return extend({ ...numbers, ...more }) as z.ZodObject<S['shape'] & M>;
}
