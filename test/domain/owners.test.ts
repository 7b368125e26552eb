/**
 * The one owners parser (src/domain/owners.ts), and that the command line and the task pane
 * read the same text to the same owners, or refuse it with the same message.
 */
import { formatOwners, parseOwners } from "../../src/domain/owners";
import { parseCli } from "../../src/cli/args";
import { checkForm } from "../../src/taskpane/generator/checkForm";
import { defaultForm } from "../../src/taskpane/generator/formState";
import { LOCALES, type Locale } from "../../src/i18n/locale";

const NOW = new Date(2026, 11, 6, 9);

function cliOwners(team: string, lang: Locale): { owners?: string[]; message?: string } {
  const p = parseCli(["--team", team, "--lang", lang], {}, NOW);
  if (p.kind === "run") return { owners: p.options.inputs.owners.map((o) => o.name) };
  if (p.kind === "error") return { message: p.messages.join("\n") };
  throw new Error("help");
}

function paneOwners(team: string, lang: Locale): { owners?: string[]; message?: string } {
  const r = checkForm({ ...defaultForm(NOW), target: "500000", avgOrderValue: "5000", owners: team }, lang);
  if (r.ok) return { owners: r.inputs.owners.map((o) => o.name) };
  return { message: r.errors.owners };
}

describe("parseOwners", () => {
  it("splits on , ， 、 ; ； and new lines; name:weight with either colon; skips empty items", () => {
    expect(parseOwners("张三, 李四:2，王五：1.5、赵六\n  钱七 ;孙八;；,").owners).toEqual([
      { name: "张三" },
      { name: "李四", weight: 2 },
      { name: "王五", weight: 1.5 },
      { name: "赵六" },
      { name: "钱七" },
      { name: "孙八" },
    ]);
  });

  it("reads weights with the one number reader (full width, 万)", () => {
    expect(parseOwners("甲:２， 乙： 0.5").owners).toEqual([{ name: "甲", weight: 2 }, { name: "乙", weight: 0.5 }]);
    expect(parseOwners("甲:1万").owners).toEqual([{ name: "甲", weight: 10000 }]);
  });

  it("an empty weight means 1", () => {
    expect(parseOwners("Ann:").owners).toEqual([{ name: "Ann" }]);
  });

  it("refuses a weight that is not a number, and a weight without a name", () => {
    const r = parseOwners("Ann:x, Bob, :2");
    expect(r.owners).toEqual([{ name: "Bob" }]);
    expect(r.errors.map((e) => [e.key, e.params.value])).toEqual([
      ["input.ownerEntry", "Ann:x"],
      ["input.ownerEntry", ":2"],
    ]);
  });

  it("formats one owner per line, weights only when not 1, and reads back", () => {
    const owners = [{ name: "Ann" }, { name: "Bob", weight: 2 }, { name: "Cat", weight: 1 }, { name: "Dan", weight: 0.1 + 0.2 }];
    expect(formatOwners(owners)).toBe("Ann\nBob:2\nCat\nDan:0.3");
    expect(parseOwners(formatOwners(owners)).owners).toEqual([{ name: "Ann" }, { name: "Bob", weight: 2 }, { name: "Cat" }, { name: "Dan", weight: 0.3 }]);
  });
});

describe("the command line and the pane read owners alike", () => {
  it.each(LOCALES)("%s: 张三、李四，王五 is three owners in both", (lang) => {
    expect(cliOwners("张三、李四，王五", lang)).toEqual({ owners: ["张三", "李四", "王五"] });
    expect(paneOwners("张三、李四，王五", lang)).toEqual({ owners: ["张三", "李四", "王五"] });
  });

  it.each(LOCALES)("%s: 张三:abc is refused by both with the same message", (lang) => {
    const cli = cliOwners("张三:abc", lang).message;
    const pane = paneOwners("张三:abc", lang).message;
    expect(pane).toBeDefined();
    expect(pane).toContain("张三:abc");
    // The command line prefixes the option ("--team: …" / "--team：…").
    expect(cli?.endsWith(pane as string)).toBe(true);
  });
});
