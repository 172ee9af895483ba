import type { Logger } from '@jiceng/core';

/**
 * The last resort of a serving process: an error nothing caught (an 'error' event without a listener, a rejected
 * promise nobody awaited: a plugin's timer, a library's socket) is logged and the process keeps serving. Without
 * this, Node exits and takes every in-flight request of every user with it. Each such log line is a bug to fix at
 * its cause; the guard only keeps one fault from becoming an outage.
 */
export function installProcessGuards(logger: Logger, proc: NodeJS.Process = process) {
  const onException = (err: unknown, origin: string) =>
    logger.error('uncaught exception (kept serving)', describeError(err, { origin }));
  const onRejection = (reason: unknown) =>
    logger.error('unhandled promise rejection (kept serving)', describeError(reason));
  proc.on('uncaughtException', onException);
  proc.on('unhandledRejection', onRejection);
  return () => {
    proc.off('uncaughtException', onException);
    proc.off('unhandledRejection', onRejection);
  };
}

function describeError(err: unknown, extra: Record<string, unknown> = {}) {
  if (err instanceof Error)
    return { ...extra, name: err.name, message: err.message, code: (err as any).code, stack: err.stack };
  return { ...extra, value: String(err) };
}
