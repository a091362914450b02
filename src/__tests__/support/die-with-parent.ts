/**
 * Preloaded (`--import`) into every program a test spawns: the test process
 * holds the other end of this process's stdin, and when the test process
 * goes, however it goes (a jest worker killed on a timeout included), the
 * pipe closes and this process follows at once. The stream is unref'd, so it
 * never keeps a process alive that would otherwise exit.
 */
process.stdin.on('end', () => process.kill(process.pid, 'SIGKILL'));
process.stdin.on('error', () => process.kill(process.pid, 'SIGKILL'));
process.stdin.resume();
(process.stdin as unknown as { unref?: () => void }).unref?.();
