/**
 * Which defined names a write adds or repoints, and at which scope. Excel keeps one name
 * space per name text in practice: Excel for Windows refuses `workbook.names.add(N)` when a
 * sheet-level N exists, as a copied sheet leaves one (OfficeDev/office-js#2875). So a name
 * is never added at workbook level next to a sheet-level one of the same text: it goes on
 * the plan's own sheets instead (reusing a sheet-level name already there), and the write
 * says so with a `NamesScoped` warning. Pure: no Office calls.
 */
import type { WorkbookSpec } from "../../workbook/spec";
import type { WriteMode, WriteWarning } from "../host";
import type { PlannedOp } from "./ops";
import type { ExistingName } from "./state";

export interface NamesPlan {
  ops: PlannedOp[];
  scope: "workbook" | "sheet";
  warnings: WriteWarning[];
  /** Workbook-level names added (a rollback deletes them) or repointed (a rollback restores them). */
  added: string[];
  changed: { name: string; formula: string }[];
}

/** The plan's sheets the names go on when they are sheet-level. */
export interface NameTargets {
  created: readonly string[];
  written: readonly string[];
}

const dead = (n: { formula: unknown }): boolean => typeof n.formula === "string" && n.formula.includes("#REF!");

/** Live workbook-level names of ours that create / copy must not repoint: then all names go sheet-level. */
function workbookScopeFree(spec: WorkbookSpec, byName: Map<string, ExistingName>, mode: WriteMode): boolean {
  if (mode === "update") return true;
  return spec.names.every((n) => {
    const current = byName.get(n.name.toLowerCase());
    return !current || dead(current);
  });
}

export function planNames(spec: WorkbookSpec, names: readonly ExistingName[], mode: WriteMode, targets: NameTargets, rename: (f: string) => string): NamesPlan {
  const byName = new Map(names.filter((n) => n.scope === null).map((n) => [n.name.toLowerCase(), n]));
  const sheetLevel = names.filter((n) => n.scope !== null);
  const onSheet = (name: string, sheet: string): ExistingName | undefined =>
    sheetLevel.find((n) => n.name.toLowerCase() === name.toLowerCase() && n.scope?.toLowerCase() === sheet.toLowerCase());
  const allSheetLevel = !workbookScopeFree(spec, byName, mode);
  // Update puts sheet-level names on the sheets it writes; create / copy on the sheets they make.
  const sheets = mode === "update" ? targets.written : targets.created;
  const plan: NamesPlan = { ops: [], scope: allSheetLevel ? "sheet" : "workbook", warnings: [], added: [], changed: [] };
  const scoped: string[] = [];
  const clashes = new Set<string>();
  for (const n of spec.names) {
    const ref = rename(n.ref);
    const comment = n.comment ?? "";
    const current = byName.get(n.name.toLowerCase());
    const shadow = sheetLevel.filter((s) => s.name.toLowerCase() === n.name.toLowerCase());
    if (!allSheetLevel && current) {
      plan.ops.push({ op: { t: "setName", scope: null, name: current.name, ref, comment }, cosmetic: false });
      plan.changed.push({ name: current.name, formula: String(current.formula) });
    } else if (!allSheetLevel && shadow.length === 0) {
      plan.ops.push({ op: { t: "addName", scope: null, name: n.name, ref, comment }, cosmetic: false });
      plan.added.push(n.name);
    } else {
      if (!allSheetLevel) {
        scoped.push(n.name);
        for (const s of shadow) if (s.scope) clashes.add(s.scope);
      }
      for (const sheet of sheets) {
        const there = onSheet(n.name, sheet);
        const op = there ? { t: "setName" as const, scope: sheet, name: there.name, ref, comment } : { t: "addName" as const, scope: sheet, name: n.name, ref, comment };
        plan.ops.push({ op, cosmetic: false });
      }
    }
  }
  if (scoped.length > 0) {
    plan.scope = "sheet";
    plan.warnings.push({ code: "NamesScoped", params: { names: scoped.join(", "), sheets: [...clashes].join(", ") } });
  }
  return plan;
}
