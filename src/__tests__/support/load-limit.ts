import { dataset } from '../../evaluation/assistant/dataset/dataset';
import { loadRequests } from '../../evaluation/assistant/load';
import { REQUEST_TIMEOUT_MS } from '../../infrastructure/dynamodb/client';

/**
 * How long loading the evaluation data set may take: each of its requests the DynamoDB client's own deadline for
 * one call, the slower backend's. A fixed figure held on a quiet machine and failed beside a CPU hog per core.
 */
export const DATASET_LOAD_LIMIT_MS = loadRequests(dataset()) * REQUEST_TIMEOUT_MS;
