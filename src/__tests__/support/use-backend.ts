import type { Repositories } from '../../core/ports';
import type { Backend, OpenBackend } from './backends';

export interface BackendHandle {
  readonly repos: Repositories;
  readonly backend: OpenBackend;
}

/**
 * Opens the backend once for the enclosing describe block and empties it
 * before each test, so every contract test starts from nothing.
 */
export function useEmptyBackend(backend: Backend): BackendHandle {
  let open: OpenBackend | undefined;
  beforeAll(async () => {
    open = await backend.open();
  });
  beforeEach(async () => {
    await open!.reset();
  });
  afterAll(async () => {
    await open?.close();
  });
  return {
    get repos() {
      return open!.database.repositories;
    },
    get backend() {
      return open!;
    },
  };
}
