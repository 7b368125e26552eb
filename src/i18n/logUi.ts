/**
 * Words of the pane's daily-log tab (Record a day, Import reports; docs/using.md "Record a day /
 * Import reports") and of the update that moves typed actuals into the log, in zh-CN, zh-TW
 * and en. Kept apart from ./ui (the generator's strings). `{name}` placeholders are filled
 * with format() from ./locale.
 */
import type { Locale } from "./locale";
import { LOG_TAB_LABEL, MIGRATED_NOTE } from "./logTab";
import type { SprintMetric } from "../domain/vocabulary";
import type { HeaderMatch, SkipReason } from "../domain/reportImport";

export interface LogUiStrings {
  tab: string;
  recordTitle: string;
  recordHint: string;
  owner: string;
  date: string;
  metrics: Record<SprintMetric, string>;
  note: string;
  record: string;
  recording: string;
  /** Where the report went: {sheet}, {row}. */
  recorded: string;
  /** A report that updated an earlier row: {sheet}, {row}, the {fields} it changed. */
  replacedAt: string;
  /** The fields an update left as they were: {fields}. */
  replacedKept: string;
  /** The same owner and date: {owner}, {date}, {row}. */
  duplicateTitle: string;
  duplicateBody: string;
  /** What "update" does to an earlier row (shown with the question). */
  replaceKeeps: string;
  replace: string;
  addAnother: string;
  cancel: string;
  importTitle: string;
  importHint: string;
  readSelection: string;
  /** {count} rows to add from {address}. */
  importPreview: string;
  importSkipped: string;
  /** Row {row}: reason. */
  skipRow: string;
  skipMore: string;
  unknownOwners: string;
  outsideSprint: string;
  importAdd: string;
  /** {count} reports added to {sheet}, rows {first}–{last}. */
  imported: string;
  importDuplicates: string;
  /** {count} imported reports updated earlier rows. */
  importReplaced: string;
  reasons: Record<SkipReason["code"], string>;
  noHeader: string;
  missingField: Record<HeaderMatch["missing"][number], string>;
  noRows: string;
  noSelection: string;
  truncated: string;
  /** The log is not in the workbook yet. */
  noPlan: string;
  noLog: string;
  logFull: string;
  errRequired: string;
  errNumber: string;
  errDate: string;
  clamped: string;
  /** After an update that moved typed actuals (the generator's success message adds it). */
  migrated: string;
  migratedOpening: string;
  /** The note on each log row moved from the sprint sheet. */
  migratedNote: string;
}

export const LOG_UI: Readonly<Record<Locale, LogUiStrings>> = {
  "zh-CN": {
    tab: LOG_TAB_LABEL["zh-CN"],
    recordTitle: "录入日报",
    recordHint: "每位负责人每天一行；只有团队合计时，负责人选“团队”。",
    owner: "负责人",
    date: "日期",
    metrics: { leads: "新增线索", calls: "电话", emails: "邮件", demos: "演示", quotes: "报价", deals: "成交", revenue: "销售额" },
    note: "备注",
    record: "录入",
    recording: "正在写入…",
    recorded: "已写入“{sheet}”第 {row} 行。",
    replacedAt: "已更新“{sheet}”第 {row} 行：{fields}。",
    replacedKept: "保留原值：{fields}。",
    duplicateTitle: "已有这一天的日报",
    duplicateBody: "{owner} 在 {date} 已有日报（第 {row} 行）。更新那一行，还是再加一行？",
    replaceKeeps: "更新只改你填写的字段，空着的字段保留原来的数字和备注。",
    replace: "更新",
    addAnother: "再加一行",
    cancel: "取消",
    importTitle: "从所选区域导入日报",
    importHint: "先选中带表头的区域（如从 CRM 导出的表）：日期、负责人和至少一个数字列，中英文表头、任意列顺序均可。",
    readSelection: "读取所选区域",
    importPreview: "将从 {address} 添加 {count} 条日报。",
    importSkipped: "跳过 {count} 行：",
    skipRow: "第 {row} 行：{reason}",
    skipMore: "另有 {count} 行未列出。",
    unknownOwners: "不在目标表中的负责人（只计入团队合计）：{names}",
    outsideSprint: "{count} 行的日期不在冲刺期内（仍会添加，日报表会标出）。",
    importAdd: "添加 {count} 条",
    imported: "已添加 {count} 条日报到“{sheet}”第 {first}–{last} 行。",
    importDuplicates: "其中 {count} 条与日报中已有的（同一负责人同一天）重复。",
    importReplaced: "其中 {count} 条更新了已有的行，只改了有内容的字段。",
    reasons: {
      badDate: "日期无法识别（{value}）",
      noOwner: "没有负责人",
      notNumber: "“{field}”不是数字（{value}）",
      negative: "“{field}”不能为负数（{value}）",
      tooLarge: "“{field}”太大（{value}）",
      notWhole: "“{field}”应为整数（{value}）",
    },
    noHeader: "所选区域没有可识别的表头，缺少：{missing}。",
    missingField: { date: "日期", owner: "负责人", metric: "数字列（线索、电话、成交、销售额等）" },
    noRows: "表头下面没有数据行。",
    noSelection: "请先在工作表中选中要导入的区域。",
    truncated: "所选区域超过 {max} 行，只读取了前 {max} 行。",
    noPlan: "工作簿中还没有冲刺计划。请先在“冲刺计划生成”中生成。",
    noLog: "找不到日报表“{sheet}”。请在“冲刺计划生成”中更新计划以添加它。",
    logFull: "日报表“{sheet}”已写到第 {lastRow} 行，没有空行了。",
    errRequired: "请填写{field}。",
    errNumber: "{field}应为不小于 0 的数字（{value}）。",
    errDate: "日期应为冲刺期内的一天（{from} 至 {to}）。",
    clamped: "今天不在冲刺期内，日期已设为最近的冲刺日。",
    migrated: "已把冲刺表上手填的 {days} 天团队实际（{cells} 个数字）移到“{sheet}”第 {first}–{last} 行，负责人为“{team}”。",
    migratedOpening: "目标表中手填的负责人实际保留为期初实际：{owners}。",
    migratedNote: MIGRATED_NOTE["zh-CN"],
  },
  "zh-TW": {
    tab: LOG_TAB_LABEL["zh-TW"],
    recordTitle: "錄入日報",
    recordHint: "每位負責人每天一行；只有團隊合計時，負責人選「團隊」。",
    owner: "負責人",
    date: "日期",
    metrics: { leads: "新增線索", calls: "電話", emails: "郵件", demos: "演示", quotes: "報價", deals: "成交", revenue: "銷售額" },
    note: "備註",
    record: "錄入",
    recording: "正在寫入…",
    recorded: "已寫入「{sheet}」第 {row} 列。",
    replacedAt: "已更新「{sheet}」第 {row} 列：{fields}。",
    replacedKept: "保留原值：{fields}。",
    duplicateTitle: "已有這一天的日報",
    duplicateBody: "{owner} 在 {date} 已有日報（第 {row} 列）。更新那一列，還是再加一列？",
    replaceKeeps: "更新只改你填寫的欄位，空著的欄位保留原來的數字和備註。",
    replace: "更新",
    addAnother: "再加一列",
    cancel: "取消",
    importTitle: "從所選範圍匯入日報",
    importHint: "先選取含表頭的範圍（如從 CRM 匯出的表）：日期、負責人和至少一個數字欄，中英文表頭、任意欄順序皆可。",
    readSelection: "讀取所選範圍",
    importPreview: "將從 {address} 新增 {count} 筆日報。",
    importSkipped: "略過 {count} 列：",
    skipRow: "第 {row} 列：{reason}",
    skipMore: "另有 {count} 列未列出。",
    unknownOwners: "不在目標表中的負責人（只計入團隊合計）：{names}",
    outsideSprint: "{count} 列的日期不在衝刺期內（仍會新增，日報表會標示）。",
    importAdd: "新增 {count} 筆",
    imported: "已新增 {count} 筆日報到「{sheet}」第 {first}–{last} 列。",
    importDuplicates: "其中 {count} 筆與日報中已有的（同一負責人同一天）重複。",
    importReplaced: "其中 {count} 筆更新了已有的列，只改了有內容的欄位。",
    reasons: {
      badDate: "日期無法辨識（{value}）",
      noOwner: "沒有負責人",
      notNumber: "「{field}」不是數字（{value}）",
      negative: "「{field}」不能為負數（{value}）",
      tooLarge: "「{field}」太大（{value}）",
      notWhole: "「{field}」應為整數（{value}）",
    },
    noHeader: "所選範圍沒有可辨識的表頭，缺少：{missing}。",
    missingField: { date: "日期", owner: "負責人", metric: "數字欄（線索、電話、成交、銷售額等）" },
    noRows: "表頭下面沒有資料列。",
    noSelection: "請先在工作表中選取要匯入的範圍。",
    truncated: "所選範圍超過 {max} 列，只讀取了前 {max} 列。",
    noPlan: "活頁簿中還沒有衝刺計畫。請先在「衝刺計畫產生」中產生。",
    noLog: "找不到日報表「{sheet}」。請在「衝刺計畫產生」中更新計畫以新增它。",
    logFull: "日報表「{sheet}」已寫到第 {lastRow} 列，沒有空列了。",
    errRequired: "請填寫{field}。",
    errNumber: "{field}應為不小於 0 的數字（{value}）。",
    errDate: "日期應為衝刺期內的一天（{from} 至 {to}）。",
    clamped: "今天不在衝刺期內，日期已設為最近的衝刺日。",
    migrated: "已把衝刺表上手填的 {days} 天團隊實際（{cells} 個數字）移到「{sheet}」第 {first}–{last} 列，負責人為「{team}」。",
    migratedOpening: "目標表中手填的負責人實際保留為期初實際：{owners}。",
    migratedNote: MIGRATED_NOTE["zh-TW"],
  },
  en: {
    tab: LOG_TAB_LABEL.en,
    recordTitle: "Record a day",
    recordHint: "One row per owner and day; pick “Team” when you only have team totals.",
    owner: "Owner",
    date: "Date",
    metrics: { leads: "New leads", calls: "Calls", emails: "Emails", demos: "Demos", quotes: "Quotes", deals: "Deals", revenue: "Revenue" },
    note: "Note",
    record: "Record",
    recording: "Writing…",
    recorded: "Written to “{sheet}”, row {row}.",
    replacedAt: "Updated row {row} of “{sheet}”: {fields}.",
    replacedKept: "Kept as they were: {fields}.",
    duplicateTitle: "This day is already reported",
    duplicateBody: "{owner} already has a report for {date} (row {row}). Update that row, or add another one?",
    replaceKeeps: "Update changes only the fields you filled in; blank fields keep the numbers and note already there.",
    replace: "Update",
    addAnother: "Add another",
    cancel: "Cancel",
    importTitle: "Import reports from the selection",
    importHint: "Select a range with a header first (a CRM export, say): date, owner and at least one number column; Chinese or English header names, any column order.",
    readSelection: "Read the selection",
    importPreview: "{count} reports to add from {address}.",
    importSkipped: "{count} rows skipped:",
    skipRow: "Row {row}: {reason}",
    skipMore: "{count} more not listed.",
    unknownOwners: "Owners not in the target table (counted in team totals only): {names}",
    outsideSprint: "{count} rows are dated outside the sprint (added all the same; the log marks them).",
    importAdd: "Add {count}",
    imported: "Added {count} reports to “{sheet}”, rows {first}–{last}.",
    importDuplicates: "{count} of them have the same owner and day as a report already in the log.",
    importReplaced: "{count} of them updated an existing row, changing only the fields that had something.",
    reasons: {
      badDate: "the date cannot be read ({value})",
      noOwner: "no owner",
      notNumber: "“{field}” is not a number ({value})",
      negative: "“{field}” cannot be negative ({value})",
      tooLarge: "“{field}” is too large ({value})",
      notWhole: "“{field}” must be a whole number ({value})",
    },
    noHeader: "The selection has no header we recognise; missing: {missing}.",
    missingField: { date: "date", owner: "owner", metric: "a number column (leads, calls, deals, revenue…)" },
    noRows: "There are no rows under the header.",
    noSelection: "Select the range to import in the sheet first.",
    truncated: "The selection has more than {max} rows; only the first {max} were read.",
    noPlan: "This workbook has no sprint plan yet. Generate one on the Sprint generator tab first.",
    noLog: "The daily log sheet “{sheet}” is missing. Update the plan on the Sprint generator tab to add it.",
    logFull: "The daily log “{sheet}” is filled down to row {lastRow}; there is no empty row left.",
    errRequired: "Enter the {field}.",
    errNumber: "{field} must be a number, 0 or more ({value}).",
    errDate: "The date must be a day of the sprint ({from} to {to}).",
    clamped: "Today is outside the sprint; the date is set to the nearest sprint day.",
    migrated: "Moved the team actuals typed on the sprint sheet for {days} days ({cells} numbers) to “{sheet}”, rows {first}–{last}, as owner “{team}”.",
    migratedOpening: "Owner actuals typed in the target table are kept as opening figures: {owners}.",
    migratedNote: MIGRATED_NOTE.en,
  },
};

export function logUi(locale: Locale): LogUiStrings {
  return LOG_UI[locale];
}
