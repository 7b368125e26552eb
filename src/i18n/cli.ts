/**
 * Command-line strings (`npm run plan`) in zh-CN, zh-TW and en. `{name}` placeholders are
 * filled with format() from ./locale; test/i18n/sheet.test.ts checks every language has
 * every key with the same placeholders.
 */
import type { Locale } from "./locale";

/** Why a file could not be written, by the system's error code (src/cli/plan.ts writeReason). */
export type WriteReason = "notFound" | "denied" | "isDirectory" | "notDirectory" | "noSpace" | "readOnly" | "busy" | "nameTooLong" | "other";

export interface CliStrings {
  /** {sheetCount} and {sheets}: the workbook's sheets, from the workbook itself (src/cli/plan.ts helpText). */
  help: string;
  /** Between two sheet names in the help's list. */
  listSeparator: string;
  unknownOption: string;
  missingValue: string;
  dashValue: string;
  /** A value given to an option that takes none (--force=yes). */
  noValue: string;
  optionMessage: string;
  unexpectedArgument: string;
  lang: string;
  outExtension: string;
  seeHelp: string;
  fileExists: string;
  writeFailed: string;
  /** {reason} of writeFailed; {path}, {dir} and {code} may be used. */
  writeReasons: Record<WriteReason, string>;
  written: string;
  /** {chart}: the burn-up chart's name (src/i18n/sheet.ts chartName). */
  chartNote: string;
  /** After activityShort (src/i18n/sheet.ts): how to change the targets. */
  activityHint: string;
  /** --holidays got something else than cn or none. */
  holidays: string;
  /** After `written` with mainland China's calendar: {first}–{last} years of data, {off} days off, {work} make-up days, {sheet} the Inputs sheet. */
  calendarCn: string;
  /** The sprint runs past the holiday data: {last} year covered, {from}–{to} the days not covered, {sheet} the Inputs sheet. */
  calendarUncovered: string;
}

export const CLI_STRINGS: Readonly<Record<Locale, CliStrings>> = {
  "zh-CN": {
    help: `用法：npm run plan -- [选项]

生成一个销售冲刺工作簿（.xlsx），共 {sheetCount} 张工作表：{sheets}。
所有数字都是原生 Excel 公式，收件人不装加载项也能看到正确结果。
不带选项时生成一个示例：30 天完成 500,000，5 名销售，平均订单金额 5,000，转化率 5%。

选项：
  --target <金额>        冲刺目标（销售额），1 到 1,000,000,000,000 之间的整数，默认 500000
  --avg-order <金额>     平均订单金额，大于 0，默认 5000
  --conversion <比率>    转化率（线索→成交），如 0.05 或 5%，大于 0 且不超过 100%，默认 5%
  --team <名单>          负责人，逗号分隔，可用“:权重”，如 "张三,李四:2,王五"；1 到 500 人，默认 5 名销售代表
  --start <日期>         开始日期，如 2026-12-07、2026/12/7 或 2026年12月7日，默认下周一
  --days <天数>          冲刺天数，7 到 92，默认 30
  --leads <数量>         每人每个工作日新线索数，0 到 10,000；不填则按计划
  --calls <数量>         每人每个工作日电话数，0 到 10,000；不填则按计划
  --emails <数量>        每人每个工作日邮件数，0 到 10,000；不填则按计划
  --demos <数量>         每人每个工作日演示数，0 到 10,000；不填则按计划
  --quotes <数量>        每人每个工作日报价数，0 到 10,000；不填则按计划
  --deals <数量>         每人每个工作日成交数，0 到 10,000；不填则按计划
  --weekends             周六、周日也算工作日（默认只算周一至周五）；放假日仍不算，调休上班日仍算
  --holidays <cn|none>   法定节假日：cn 为中国大陆国务院放假安排（放假日不分配目标，调休上班日分配），
                         none 为不使用；--lang zh-CN 时默认 cn，其他语言默认 none
  --lang <语言>          工作簿和提示的语言：zh-CN、zh-TW 或 en，默认取自 LANG 环境变量
  --out <文件>           输出文件（.xlsx），默认 sprint-plan.xlsx
  --force                覆盖已存在的输出文件
  -h, --help             显示本帮助

数字可写成 500000、500,000、50万、1.2亿、5% 或 0.05，全角也可（５０万、５％、１，０００）。
金额后可带“元”“块”或 CNY（50万元），天数后可带“天”（30天），每日数后可带量词，如“20通”“30封”“2场”“1单”。
活动目标低于漏斗达成目标所需时，输出会提示。

退出码：0 成功；1 文件已存在或无法写入；2 选项无效。`,
    listSeparator: "、",
    unknownOption: "未知选项 {option}。",
    missingValue: "选项 {option} 缺少值。",
    noValue: "选项 {option} 不带值：只写 {option}。",
    optionMessage: "{option}：{message}",
    dashValue: "选项 {option} 的值以“-”开头：请写成 {option}=值，例如 {option}=-5。",
    unexpectedArgument: "多余的参数“{value}”：每个值都要跟在选项后面，如 --days 30。",
    lang: "{option} 必须是 zh-CN、zh-TW 或 en，当前为“{value}”。",
    outExtension: "{option} 必须是 .xlsx 文件，当前为“{value}”。",
    seeHelp: "运行 npm run plan -- --help 查看全部选项。",
    fileExists: "{path} 已存在，未覆盖。加 --force 覆盖，或用 --out 指定别的文件。",
    writeFailed: "无法写入 {path}：{reason}",
    writeReasons: {
      notFound: "文件夹 {dir} 不存在。请先建好它，或用 --out 指定已有文件夹中的文件。",
      denied: "没有写入权限（文件或文件夹是只读的，或文件正被其他程序打开）。",
      isDirectory: "这是一个文件夹。请用 --out 指定一个 .xlsx 文件名。",
      notDirectory: "路径中有一部分是文件而不是文件夹。",
      noSpace: "磁盘空间不足。",
      readOnly: "该位置是只读的。",
      busy: "文件正被其他程序使用（例如已在 Excel 中打开）。请关闭后再试。",
      nameTooLong: "文件名或路径太长。",
      other: "系统错误 {code}。",
    },
    written: "已写入 {path}：{days} 天（{workingDays} 个工作日），{owners} 位负责人，目标 {target}，所需线索 {leads}，所需成交 {deals}。",
    chartNote: "说明：.xlsx 含{chart}（销售额计划与实际）和漏斗图，每个公式都存有计算结果（不重新计算的预览也能显示数字）；与加载项生成的工作簿相同。",
    activityHint: "可用 --leads、--calls、--emails、--demos、--quotes、--deals 调整，或不填，按计划。",
    holidays: "{option} 必须是 cn（中国大陆）或 none（不使用），当前为“{value}”。",
    calendarCn: "工作日历：中国大陆法定节假日（{first}–{last} 年数据），放假 {off} 天不分配目标，调休上班 {work} 天分配目标；可在“{sheet}”表的工作日历中增删日期。",
    calendarUncovered: "⚠ 节假日数据只到 {last} 年：{from} 至 {to} 的放假和调休未填入，请在“{sheet}”表的工作日历中自行添加（未添加的日期按平常的工作日计算）。",
  },
  "zh-TW": {
    help: `用法：npm run plan -- [選項]

產生一個銷售衝刺活頁簿（.xlsx），共 {sheetCount} 張工作表：{sheets}。
所有數字都是原生 Excel 公式，收件人不安裝增益集也能看到正確結果。
不帶選項時產生一個範例：30 天完成 500,000，5 名銷售，平均訂單金額 5,000，轉化率 5%。

選項：
  --target <金額>        衝刺目標（銷售額），1 到 1,000,000,000,000 之間的整數，預設 500000
  --avg-order <金額>     平均訂單金額，大於 0，預設 5000
  --conversion <比率>    轉化率（線索→成交），如 0.05 或 5%，大於 0 且不超過 100%，預設 5%
  --team <名單>          負責人，逗號分隔，可用「:權重」，如 "張三,李四:2,王五"；1 到 500 人，預設 5 名銷售代表
  --start <日期>         開始日期，如 2026-12-07、2026/12/7 或 2026年12月7日，預設下週一
  --days <天數>          衝刺天數，7 到 92，預設 30
  --leads <數量>         每人每個工作日新線索數，0 到 10,000；不填則依計畫
  --calls <數量>         每人每個工作日電話數，0 到 10,000；不填則依計畫
  --emails <數量>        每人每個工作日郵件數，0 到 10,000；不填則依計畫
  --demos <數量>         每人每個工作日演示數，0 到 10,000；不填則依計畫
  --quotes <數量>        每人每個工作日報價數，0 到 10,000；不填則依計畫
  --deals <數量>         每人每個工作日成交數，0 到 10,000；不填則依計畫
  --weekends             週六、週日也算工作日（預設只算週一至週五）；放假日仍不算，補班日仍算
  --holidays <cn|none>   國定假日：cn 為中國大陸國務院放假安排（放假日不分配目標，補班日分配），
                         none 為不使用；--lang zh-CN 時預設 cn，其他語言預設 none
  --lang <語言>          活頁簿和提示的語言：zh-CN、zh-TW 或 en，預設取自 LANG 環境變數
  --out <檔案>           輸出檔案（.xlsx），預設 sprint-plan.xlsx
  --force                覆寫已存在的輸出檔案
  -h, --help             顯示本說明

數字可寫成 500000、500,000、50萬、1.2億、5% 或 0.05，全形也可（５０萬、５％、１，０００）。
金額後可帶「元」「塊」或 CNY（50萬元），天數後可帶「天」（30天），每日數後可帶量詞，如「20通」「30封」「2場」「1單」。
活動目標低於漏斗達成目標所需時，輸出會提示。

結束碼：0 成功；1 檔案已存在或無法寫入；2 選項無效。`,
    listSeparator: "、",
    unknownOption: "未知選項 {option}。",
    missingValue: "選項 {option} 缺少值。",
    noValue: "選項 {option} 不帶值：只寫 {option}。",
    optionMessage: "{option}：{message}",
    dashValue: "選項 {option} 的值以「-」開頭：請寫成 {option}=值，例如 {option}=-5。",
    unexpectedArgument: "多餘的參數「{value}」：每個值都要跟在選項後面，如 --days 30。",
    lang: "{option} 必須是 zh-CN、zh-TW 或 en，目前為「{value}」。",
    outExtension: "{option} 必須是 .xlsx 檔案，目前為「{value}」。",
    seeHelp: "執行 npm run plan -- --help 查看全部選項。",
    fileExists: "{path} 已存在，未覆寫。加 --force 覆寫，或用 --out 指定別的檔案。",
    writeFailed: "無法寫入 {path}：{reason}",
    writeReasons: {
      notFound: "資料夾 {dir} 不存在。請先建立它，或用 --out 指定已有資料夾中的檔案。",
      denied: "沒有寫入權限（檔案或資料夾是唯讀的，或檔案正被其他程式開啟）。",
      isDirectory: "這是一個資料夾。請用 --out 指定一個 .xlsx 檔名。",
      notDirectory: "路徑中有一部分是檔案而不是資料夾。",
      noSpace: "磁碟空間不足。",
      readOnly: "該位置是唯讀的。",
      busy: "檔案正被其他程式使用（例如已在 Excel 中開啟）。請關閉後再試。",
      nameTooLong: "檔名或路徑太長。",
      other: "系統錯誤 {code}。",
    },
    written: "已寫入 {path}：{days} 天（{workingDays} 個工作日），{owners} 位負責人，目標 {target}，所需線索 {leads}，所需成交 {deals}。",
    chartNote: "說明：.xlsx 含{chart}（銷售額計畫與實際）和漏斗圖，每個公式都存有計算結果（不重新計算的預覽也能顯示數字）；與增益集產生的活頁簿相同。",
    activityHint: "可用 --leads、--calls、--emails、--demos、--quotes、--deals 調整，或不填，依計畫。",
    holidays: "{option} 必須是 cn（中國大陸）或 none（不使用），目前為「{value}」。",
    calendarCn: "工作日曆：中國大陸法定節假日（{first}–{last} 年資料），放假 {off} 天不分配目標，補班 {work} 天分配目標；可在「{sheet}」表的工作日曆中增刪日期。",
    calendarUncovered: "⚠ 節假日資料只到 {last} 年：{from} 至 {to} 的放假和補班未填入，請在「{sheet}」表的工作日曆中自行新增（未新增的日期按平常的工作日計算）。",
  },
  en: {
    help: `Usage: npm run plan -- [options]

Writes a sales sprint workbook (.xlsx) of {sheetCount} sheets: {sheets}.
Every figure is a native Excel formula, so recipients without the add-in see correct numbers.
With no options it writes a worked example: 500,000 in 30 days, 5 reps, order value 5,000, conversion 5%.

Options:
  --target <amount>      sprint revenue target, a whole number from 1 to 1,000,000,000,000 (default 500000)
  --avg-order <amount>   average order value, greater than 0 (default 5000)
  --conversion <rate>    lead-to-deal conversion, e.g. 0.05 or 5%, above 0 and at most 100% (default 5%)
  --team <list>          owners, comma-separated, each with an optional ":weight", e.g. "Ann,Bo:2,Cy";
                         1 to 500 owners (default: 5 reps)
  --start <date>         first day, e.g. 2026-12-07, 2026/12/7 or 2026年12月7日 (default: next Monday)
  --days <n>             sprint length in days, 7 to 92 (default 30)
  --leads <n>            new leads per owner per working day, 0 to 10,000 (default: from the plan)
  --calls <n>            calls per owner per working day, 0 to 10,000 (default: from the plan)
  --emails <n>           emails per owner per working day, 0 to 10,000 (default: from the plan)
  --demos <n>            demos per owner per working day, 0 to 10,000 (default: from the plan)
  --quotes <n>           quotes per owner per working day, 0 to 10,000 (default: from the plan)
  --deals <n>            deals per owner per working day, 0 to 10,000 (default: from the plan)
  --weekends             Saturdays and Sundays are working days too (default: Monday to Friday);
                         days off still are not, make-up working days still are
  --holidays <cn|none>   public holidays: cn for mainland China's official calendar (days off get no
                         target, make-up working days do), none for no calendar; default cn with
                         --lang zh-CN, none otherwise
  --lang <language>      language of the workbook and messages: zh-CN, zh-TW or en (default: from LANG)
  --out <file>           output file, .xlsx (default sprint-plan.xlsx)
  --force                overwrite an existing output file
  -h, --help             show this help

Numbers may be written 500000, 500,000, 50万, 1.2亿, 5% or 0.05, also in full width (５０万, ５％, １，０００).
Amounts may end in 元, 块 or CNY (50万元), days in 天 or days (30天), daily figures in their words (20 calls, 2 demos, 1 deal).
When the activity targets are below what the funnel needs to reach the target, the output says so.

Exit codes: 0 written; 1 file exists or cannot be written; 2 invalid options.`,
    listSeparator: ", ",
    unknownOption: "Unknown option {option}.",
    missingValue: "Option {option} needs a value.",
    noValue: "Option {option} takes no value: write just {option}.",
    optionMessage: "{option}: {message}",
    dashValue: "The value of {option} starts with “-”: write it as {option}=value, e.g. {option}=-5.",
    unexpectedArgument: "Unexpected argument “{value}”: every value follows its option, e.g. --days 30.",
    lang: "{option} must be zh-CN, zh-TW or en; got “{value}”.",
    outExtension: "{option} must be an .xlsx file; got “{value}”.",
    seeHelp: "Run npm run plan -- --help for all options.",
    fileExists: "{path} already exists and was not overwritten. Add --force to overwrite it, or choose another file with --out.",
    writeFailed: "Cannot write {path}: {reason}",
    writeReasons: {
      notFound: "the folder {dir} does not exist. Create it first, or choose a file in an existing folder with --out.",
      denied: "permission denied (the file or folder is read-only, or another program has the file open).",
      isDirectory: "it is a folder. Name an .xlsx file with --out.",
      notDirectory: "part of the path is a file, not a folder.",
      noSpace: "the disk is full.",
      readOnly: "the location is read-only.",
      busy: "another program is using the file (is it open in Excel?). Close it and try again.",
      nameTooLong: "the file name or path is too long.",
      other: "system error {code}.",
    },
    written: "Wrote {path}: {days} days ({workingDays} working days), {owners} owners, target {target}, leads needed {leads}, deals needed {deals}.",
    chartNote: "Note: the .xlsx has two charts, {chart} (revenue plan vs actual) and the funnel, and stores every formula's result (previews that do not recalculate show the numbers); it matches the add-in's workbook.",
    activityHint: "Change them with --leads, --calls, --emails, --demos, --quotes and --deals, or leave them out to follow the plan.",
    holidays: "{option} must be cn (mainland China) or none; got “{value}”.",
    calendarCn: "Working calendar: mainland China's public holidays ({first}–{last} data): {off} days off carry no target, {work} make-up working days do; add or delete dates in the working calendar on the “{sheet}” sheet.",
    calendarUncovered: "⚠ The holiday data ends with {last}: days off and make-up days from {from} to {to} are not filled in; add them in the working calendar on the “{sheet}” sheet (unlisted dates count as ordinary days).",
  },
};
