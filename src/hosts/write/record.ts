/**
 * What the add-in keeps in the workbook's settings (Excel.SettingCollection: per document,
 * per add-in, saved with the file, so it travels when the workbook is emailed).
 *
 * - INPUTS_KEY: the pane's last inputs (opaque JSON text from the pane).
 * - RECORD_KEY: the write record: for every sheet this add-in wrote, where the plan's cells
 *   are (its footprint) and which of them the team fills (inputs). Update mode uses it to know
 *   which cells are ours to rewrite or clear and which hold typed actuals, even when the new
 *   plan's layout (src/workbook/layout.ts: where its cells sit) differs (more days, more owners).
 */
import { SHEET_KEYS, type SheetKey } from "../../domain/vocabulary";

export const INPUTS_KEY = "SalesSprintPlanner.inputs";
/** The setting's name is older than the "write record" name; it stays, so existing workbooks still update. */
export const RECORD_KEY = "SalesSprintPlanner.layout.v1";

export interface SheetRecord {
  key: SheetKey;
  /** Rectangles of the plan's blocks (A1, no sheet name). */
  footprint: string[];
  /** Rectangles of its input cells. */
  inputs: string[];
  merges: string[];
  conditionalFormats: string[];
  validations: string[];
  charts: string[];
  /**
   * Input cells we pre-filled (default strategies, parameters) and with what. An input cell
   * still holding exactly our value is not the team's content: update may move or refresh
   * it. Anything else in an input cell is theirs.
   */
  seeded: { v: string | number | boolean; at: string[] }[];
}

export interface WriteRecord {
  v: 1;
  /**
   * The write that produced this record. A write stores a record with `pending` set before
   * it touches anything and the final one (no `pending`) as its last essential step, so
   * after a failure the host can tell whether everything but cosmetics was written.
   */
  run: string;
  pending?: boolean;
  /** By sheet name as in the workbook. */
  sheets: Record<string, SheetRecord>;
}

function strings(x: unknown): string[] | null {
  return Array.isArray(x) && x.every((s) => typeof s === "string") ? (x as string[]) : null;
}

/**
 * Tolerant parse: anything malformed (hand-edited, older version) reads as "no record".
 * The casts below narrow `unknown` JSON after its shape has been checked.
 */
export function parseRecord(value: unknown): WriteRecord | null {
  let data: unknown = value;
  if (typeof value === "string") {
    try {
      data = JSON.parse(value);
    } catch {
      return null;
    }
  }
  if (typeof data !== "object" || data === null) return null;
  const rec = data as { v?: unknown; run?: unknown; pending?: unknown; sheets?: unknown };
  if (rec.v !== 1 || typeof rec.sheets !== "object" || rec.sheets === null) return null;
  const sheets: Record<string, SheetRecord> = {};
  for (const [name, raw] of Object.entries(rec.sheets as Record<string, unknown>)) {
    if (typeof raw !== "object" || raw === null) continue;
    const s = raw as Record<string, unknown>;
    const key: SheetKey | undefined = SHEET_KEYS.find((k) => k === s.key);
    const footprint = strings(s.footprint);
    const inputs = strings(s.inputs);
    if (!key || !footprint || !inputs) continue;
    sheets[name] = {
      key,
      footprint,
      inputs,
      merges: strings(s.merges) ?? [],
      conditionalFormats: strings(s.conditionalFormats) ?? [],
      validations: strings(s.validations) ?? [],
      charts: strings(s.charts) ?? [],
      seeded: Array.isArray(s.seeded)
        ? (s.seeded as unknown[]).flatMap((x) => {
            if (typeof x !== "object" || x === null) return [];
            const e = x as { v?: unknown; at?: unknown };
            const at = strings(e.at);
            const v = e.v;
            return at && (typeof v === "string" || typeof v === "number" || typeof v === "boolean") ? [{ v, at }] : [];
          })
        : [],
    };
  }
  return { v: 1, run: typeof rec.run === "string" ? rec.run : "", pending: rec.pending === true ? true : undefined, sheets };
}

/** The record's entry for a sheet name, compared like Excel compares sheet names. */
export function sheetRecordOf(record: WriteRecord | null, sheetName: string): SheetRecord | null {
  if (!record) return null;
  const lower = sheetName.toLowerCase();
  for (const [name, sheet] of Object.entries(record.sheets)) if (name.toLowerCase() === lower) return sheet;
  return null;
}
