/**
 * The owners list as a manager types it, read in one place for the task pane and the command
 * line: "张三, 李四:2, 王五", one per line, or separated by `,` `，` `、` `;` `；`. An item is a
 * name with an optional weight after `:` or `：` ("李四:2"); an empty weight ("李四:") means 1.
 *
 * A weight that is not a number ("张三:abc") is refused, never taken as part of the name: the
 * same text gives the same owners, or the same error, wherever it is typed. Bounds of a weight
 * (above 0, at most SPRINT_LIMITS.maxWeight), names and the owner count are checked with every
 * other input by validateSprintInputs (./sprint.ts).
 */
import { showValue } from "./errors";
import type { SprintInputError } from "./inputs";
import { parseNumber } from "./numbers";
import type { OwnerInput } from "./sprint";

/** What separates owners: new lines, ASCII and full-width commas and semicolons, the enumeration comma 、. */
const SEPARATORS = /[\n\r,，、;；]+/;
/** "name:weight" with an ASCII or full-width colon; the weight is what follows the last colon. */
const NAME_WEIGHT = /^(.*?)\s*[:：]\s*([^:：]*)$/;

export interface OwnersRead {
  owners: OwnerInput[];
  /** One error per item whose weight is not a number (key "input.ownerEntry", the item as value). */
  errors: SprintInputError[];
}

/** Reads a typed owners list; items that are empty after trimming are skipped. */
export function parseOwners(text: string): OwnersRead {
  const owners: OwnerInput[] = [];
  const errors: SprintInputError[] = [];
  for (const raw of text.split(SEPARATORS)) {
    const item = raw.trim();
    if (item === "") continue;
    const m = NAME_WEIGHT.exec(item);
    if (!m) {
      owners.push({ name: item });
      continue;
    }
    const name = m[1].trim();
    if (m[2].trim() === "") {
      owners.push({ name });
      continue;
    }
    const weight = parseNumber(m[2]);
    if (weight === null || name === "") {
      errors.push({ field: "owners", path: `owners[${owners.length + errors.length + 1}]`, key: "input.ownerEntry", params: { value: showValue(item) } });
      continue;
    }
    owners.push({ name, weight });
  }
  return { owners, errors };
}

/** A weight without floating-point noise: 1.5 → "1.5", 0.1 + 0.2 → "0.3". */
function showWeight(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** The owners as the pane shows them: one per line, ":weight" where it is not 1. Read back by parseOwners. */
export function formatOwners(owners: readonly OwnerInput[]): string {
  return owners.map((o) => (o.weight === undefined || o.weight === 1 ? o.name : `${o.name}:${showWeight(o.weight)}`)).join("\n");
}
