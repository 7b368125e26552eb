/**
 * Is a value empty? One rule for every layer, with the one real choice left to the caller and
 * written at each call: null, undefined and "" are always blank (what Excel hands over for an
 * empty cell or an omitted argument, what `Range.formulas` returns for an empty cell); a string
 * of spaces is
 * - "blank" where someone's meaning is read: a function argument, a report's number, a row of
 *   a pasted export, a typed actual (spaces there mean nothing was entered);
 * - "content" where writing over a cell could lose something: a cell holding spaces is
 *   somebody's, so the write planner keeps it and a log row with only spaces is not free.
 */
export function isBlank(x: unknown, spaces: "blank" | "content"): boolean {
  if (x === null || x === undefined || x === "") return true;
  return spaces === "blank" && typeof x === "string" && x.trim() === "";
}
