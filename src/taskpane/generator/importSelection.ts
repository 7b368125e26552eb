/**
 * Owners from the selected cells ("take from selection"): a column of names, optionally a second
 * column of weights (30, 33, 35) or targets (amounts of 1,000 or more, which then sum to the
 * sprint target). Pure: the selection comes from the host's `readContext`. Loaded with the
 * writer (./actions.ts); what the pane says about an import is ./OwnersSection.tsx's.
 */
import { parseNumber } from "../../domain/numbers";
import type { OwnerInput } from "../../domain/sprint";
import { sheetPrefix } from "../../workbook/a1";
import type { CellConstant } from "../../workbook/spec";
import type { SelectionSnapshot } from "../../hosts/host";

/** Header words a first row of names may carry (any language). */
const HEADER_WORDS =
  /^(姓名|名字|名称|名稱|负责人|負責人|责任主体|責任主體|销售|銷售|销售代表|銷售代表|业务员|業務員|成员|成員|人员|人員|团队|團隊|员工|員工|name|names|owner|owners|rep|reps|sales ?rep|salesperson|member|members|team|person|people)$/i;

export type ImportResult =
  | {
      ok: true;
      owners: OwnerInput[];
      /** What the second column held. */
      kind: "names" | "weights" | "targets";
      /** Targets: their total (the sprint target to use). */
      total: number;
      /** Where the names came from, e.g. "'Sheet1'!A2:B6". */
      source: string;
      skippedHeader: boolean;
      /** Rows whose name repeated an earlier one (their numbers were added to it). */
      merged: number;
      /** The second column had values that were not numbers, so it was ignored. */
      ignoredSecondColumn: boolean;
      truncated: boolean;
    }
  | { ok: false; reason: "noSelection" | "noNames" };

/** A second-column value at or above this means targets (amounts), below it weights. */
const TARGET_MIN = 1000;

function cellText(v: CellConstant): string {
  if (v === null || typeof v === "boolean") return "";
  return String(v).trim();
}

function cellNumber(v: CellConstant): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") return parseNumber(v);
  return null;
}

/** The owners in the selected range, their weights or targets, and what was skipped or merged. */
export function importOwners(selection: SelectionSnapshot | null): ImportResult {
  if (!selection || selection.values.length === 0) return { ok: false, reason: "noSelection" };
  let rows = selection.values.filter((row) => row.length > 0);
  let skippedHeader = false;
  if (rows.length > 0) {
    const [first, second] = rows[0];
    const firstText = cellText(first);
    const secondIsLabel = second !== undefined && cellText(second) !== "" && cellNumber(second) === null;
    const laterHaveNumbers = rows.slice(1).some((r) => r[1] !== undefined && cellNumber(r[1]) !== null);
    if (HEADER_WORDS.test(firstText) || (secondIsLabel && laterHaveNumbers)) {
      rows = rows.slice(1);
      skippedHeader = true;
    }
  }
  const named = rows.map((r) => ({ name: cellText(r[0]), value: r[1] })).filter((r) => r.name !== "");
  if (named.length === 0) return { ok: false, reason: "noNames" };

  const hasSecond = named.some((r) => r.value !== undefined && cellText(r.value) !== "");
  const numbers = named.map((r) => (r.value === undefined ? null : cellNumber(r.value)));
  const allNumbers = numbers.every((n) => n !== null && n > 0);
  const useNumbers = hasSecond && allNumbers;
  const ignoredSecondColumn = hasSecond && !allNumbers;

  const byName = new Map<string, OwnerInput>();
  let merged = 0;
  named.forEach((r, i) => {
    const n = useNumbers ? (numbers[i] as number) : undefined;
    const seen = byName.get(r.name);
    if (seen) {
      merged++;
      if (n !== undefined) seen.weight = (seen.weight ?? 0) + n;
      return;
    }
    byName.set(r.name, n === undefined ? { name: r.name } : { name: r.name, weight: n });
  });
  const owners = [...byName.values()];
  const total = owners.reduce((a, o) => a + (o.weight ?? 0), 0);
  const kind = !useNumbers ? "names" : owners.some((o) => (o.weight ?? 0) >= TARGET_MIN) ? "targets" : "weights";
  return {
    ok: true,
    owners,
    kind,
    total: kind === "targets" ? Math.round(total) : 0,
    source: sheetPrefix(selection.sheet) + (selection.valuesAddress || selection.address),
    skippedHeader,
    merged,
    ignoredSecondColumn,
    truncated: selection.truncated,
  };
}
