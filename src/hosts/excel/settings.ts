/**
 * What the Excel host keeps between calls and how it reads its own settings; small, because the
 * pane loads it at start (the write path, ./write.ts, loads on demand).
 */
import type { XlSetting } from "./xl";

/** What a host remembers between calls, so that a write's first sync can ask for everything at once. */
export interface HostMemory {
  /** Sheet names as last seen (null: never looked). */
  sheets: string[] | null;
  /** The write record as last seen or written (raw setting value). */
  record: unknown;
}

/** A setting's value, or null when the workbook has none. */
export function settingValue(s: XlSetting): unknown {
  return s.isNullObject ? null : s.value;
}
