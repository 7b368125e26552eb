/** One blank rule (src/domain/blank.ts): spaces are blank or content as each caller says. */
import { isBlank } from "../../src/domain/blank";

describe("isBlank", () => {
  test.each([null, undefined, ""])("%j is blank either way", (x) => {
    expect(isBlank(x, "blank")).toBe(true);
    expect(isBlank(x, "content")).toBe(true);
  });

  test.each([" ", "  \t", "\u3000"])("spaces %j: blank when reading a value, content when writing over a cell", (x) => {
    expect(isBlank(x, "blank")).toBe(true);
    expect(isBlank(x, "content")).toBe(false);
  });

  test.each([0, false, "0", "a", " a ", [], {}])("%j is never blank", (x) => {
    expect(isBlank(x, "blank")).toBe(false);
    expect(isBlank(x, "content")).toBe(false);
  });
});
