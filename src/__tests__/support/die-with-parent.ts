import { isMainThread } from 'node:worker_threads';

/**
 * Preloaded (`--import`, or `--require` after tsx/cjs) into every program a
 * test spawns: the test process holds the other end of this process's stdin,
 * and when the test process goes, however it goes (a jest worker killed on a
 * timeout included), the pipe closes and this process follows at once. The
 * stream is unref'd, so it never keeps a process alive that would otherwise
 * exit. Worker threads inherit the preload with their parent's execArgv, but
 * their stdin is an empty stream of their own that ends at once: watched
 * there, it would kill the process as it starts a worker (serverless-offline
 * runs each handler in one).
 */
if (isMainThread) {
  process.stdin.on('end', () => process.kill(process.pid, 'SIGKILL'));
  process.stdin.on('error', () => process.kill(process.pid, 'SIGKILL'));
  process.stdin.resume();
  (process.stdin as unknown as { unref?: () => void }).unref?.();
}
