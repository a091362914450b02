import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

// Once, before any schema is built, so every schema can carry OpenAPI metadata.
extendZodWithOpenApi(z);

export { z };
