import fc from "fast-check";
import { isoToSerial, MAX_SERIAL, MIN_SERIAL, nextMonday, SERIAL_ORIGIN, serialParts, serialToIso, serialToUtc, utcToSerial, todayWithin, weekdayMon1 } from "../../src/domain/dates";

describe("Excel serial dates", () => {
  test("known serials (1900 date system)", () => {
    expect(isoToSerial("1900-03-01")).toBe(61);
    expect(isoToSerial("2025-03-03")).toBe(45719);
    expect(isoToSerial("2028-02-29")).toBe(46812);
    expect(isoToSerial("9999-12-31")).toBe(2958465);
  });

  test("serials and UTC milliseconds: one origin, 1899-12-30", () => {
    expect(serialToIso(0)).toBe(`${SERIAL_ORIGIN.year}-${SERIAL_ORIGIN.month}-${SERIAL_ORIGIN.day}`);
    expect(serialToUtc(45726)).toBe(Date.UTC(2025, 2, 10));
    expect(serialToUtc(45726.75)).toBe(Date.UTC(2025, 2, 10, 18));
    expect(utcToSerial(Date.UTC(2025, 2, 10))).toBe(45726);
    fc.assert(fc.property(fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL }), (s) => utcToSerial(serialToUtc(s)) === s && serialToUtc(s) === Date.parse(serialToIso(s))));
  });

  test("only real calendar days in range", () => {
    expect(["2027-02-29", "2025-13-01", "2025-04-31", "1900-02-28", "2025-3-3", "", "10000-01-01", " 2025-03-03"].map(isoToSerial)).toEqual(
      Array(8).fill(null),
    );
    expect(isoToSerial("2000-02-29")).not.toBeNull();
    expect(isoToSerial("2100-02-29")).toBeNull();
  });

  test("round trip and weekdays", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL }), (serial) => {
        const iso = serialToIso(serial);
        const jsDay = new Date(`${iso}T00:00:00Z`).getUTCDay();
        return isoToSerial(iso) === serial && weekdayMon1(serial) === (jsDay === 0 ? 7 : jsDay);
      }),
    );
    expect(weekdayMon1(45719)).toBe(1); // 2025-03-03 was a Monday
    expect(weekdayMon1(46812)).toBe(2); // 2028-02-29 is a Tuesday
  });

  test("serial parts as Excel shows them: before March 1900, the phantom 1900-02-29, and the ISO date after", () => {
    const show = (s: number): string => {
      const p = serialParts(s);
      return `${p.year}-${p.month}-${p.day} ${p.weekday}`;
    };
    expect([1, 2, 59, 60, 61, 45719, 45719.75, 2958465].map(show)).toEqual([
      "1900-1-1 0", // Excel calls 1900-01-01 a Sunday
      "1900-1-2 1",
      "1900-2-28 2",
      "1900-2-29 3", // Excel's phantom leap day
      "1900-3-1 4",
      "2025-3-3 1", // a Monday
      "2025-3-3 1", // the time of day is dropped
      "9999-12-31 5",
    ]);
    fc.assert(
      fc.property(fc.integer({ min: MIN_SERIAL, max: MAX_SERIAL }), (serial) => {
        const p = serialParts(serial);
        const iso = `${String(p.year).padStart(4, "0")}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
        return iso === serialToIso(serial) && (p.weekday === 0 ? 7 : p.weekday) === weekdayMon1(serial);
      }),
    );
  });

  test("next Monday is strictly after today (local calendar day)", () => {
    expect(nextMonday(new Date(2025, 2, 5, 23, 59))).toBe("2025-03-10"); // Wednesday
    expect(nextMonday(new Date(2025, 2, 9, 0, 1))).toBe("2025-03-10"); // Sunday
    expect(nextMonday(new Date(2025, 2, 10, 9, 0))).toBe("2025-03-17"); // Monday
    expect(nextMonday(new Date(2028, 1, 27))).toBe("2028-02-28");
  });
});

describe("today moved into the sprint", () => {
  const first = isoToSerial("2025-03-17") as number;
  test.each([
    [new Date(2025, 2, 10), "2025-03-17", true], // before it: its first day
    [new Date(2025, 2, 20, 23, 30), "2025-03-20", false], // inside: today (local calendar day)
    [new Date(2025, 3, 30), "2025-04-15", true], // after it: its last day
  ])("%s → %s", (now, iso, moved) => {
    const r = todayWithin(now, first, first + 29);
    expect([serialToIso(r.serial), r.moved]).toEqual([iso, moved]);
  });
});
