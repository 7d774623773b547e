/** The optional logger: one structured, redacted entry per attempt. */

/** One attempt, as logged. Holds no header, body or secret. */
export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
  operation: string;
  method: string;
  /** The path with its params filled in. */
  path: string;
  /** 1 for the first attempt. */
  attempt: number;
  durationMs: number;
  status?: number;
  requestId?: string;
  /** The error's class name, when the attempt failed. */
  error?: string;
  /** When the attempt is retried: how long the client waits first. */
  retryInMs?: number;
}

/** A function that takes each entry, or an object with level methods (so `console` works). */
export type Logger =
  | ((entry: LogEntry) => void)
  | { debug?(message: string, entry: LogEntry): void; info?(message: string, entry: LogEntry): void; warn?(message: string, entry: LogEntry): void; error?(message: string, entry: LogEntry): void };

export function emitLog(logger: Logger | undefined, entry: LogEntry): void {
  if (!logger) return;
  try {
    if (typeof logger === 'function') logger(entry);
    else logger[entry.level]?.(entry.message, entry);
  } catch {
    // A failing logger must not fail the call it reports on.
  }
}
