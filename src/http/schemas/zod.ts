import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z as zod } from 'zod';

function withOpenApi(): typeof zod {
  extendZodWithOpenApi(zod);
  return zod;
}

/**
 * zod, extended with OpenAPI metadata before any schema can be built. The
 * extension is the export's own initialiser rather than a statement beside a
 * re-export: a bundler resolves a re-exported `z` straight to zod's, and
 * esbuild's code splitting (the Lambda bundle) then no longer orders this
 * module before its importers, which would build schemas on unextended zod.
 */
export const z = withOpenApi();

/** The types of zod this project names, under the same `z.` as the values. */
// eslint-disable-next-line @typescript-eslint/no-namespace -- types only, merged with the value above
export declare namespace z {
  export type ZodType<Output = unknown, Input = unknown> = zod.ZodType<Output, Input>;
  export type ZodRawShape = zod.ZodRawShape;
  export type ZodObject<Shape extends zod.core.$ZodShape = zod.core.$ZodLooseShape, Config extends zod.core.$ZodObjectConfig = zod.core.$strip> = zod.ZodObject<
    Shape,
    Config
  >;
  export type ZodError<T = unknown> = zod.ZodError<T>;
  export type output<T> = zod.output<T>;
  export type infer<T> = zod.infer<T>;
}
