/**
 * Task pane UI strings in every supported language. `{name}` placeholders are filled with
 * format() from ./locale. test/taskpane/ui-strings.test.ts checks that every locale has every
 * key, non-empty, with the same placeholders.
 */
import type { Locale } from "./locale";

export interface UiStrings {
  /** Product name in the header. */
  appTitle: string;
  /** Accessible name of the tab list. */
  tabsLabel: string;
  /** Tab: the function reference card. */
  tabReference: string;
  /** Label of the language switch. */
  languageLabel: string;
  /** Intro line above the reference card. */
  referenceIntro: string;
  /** "[ ] = optional" hint under the intro. */
  optionalHint: string;
  /** Heading: the function's syntax. */
  syntax: string;
  /** Heading: the function's arguments. */
  parameters: string;
  /** Heading: worked examples. */
  examples: string;
  /** Heading: what the function returns. */
  returns: string;
  /** An example's result; {value} is what Excel shows. */
  result: string;
  /** Visible label of the insert button. */
  insert: string;
  /** Accessible name of the insert button; must start with the visible label. */
  insertAria: string;
  /** Title of the success message. */
  insertedTitle: string;
  /** Success message after inserting. */
  inserted: string;
  /** Title of the failure message. */
  insertFailedTitle: string;
  /** Failure message; {message} is the host's explanation. */
  insertFailed: string;
  /** Shown while the insert is running. */
  inserting: string;
  /** Explanation when the pane runs outside Excel. */
  officeUnavailable: string;
  /** Explanation when Excel is in cell-edit mode. */
  cellEditMode: string;
  /** Close button of a message. */
  dismiss: string;
}

export const UI: Readonly<Record<Locale, UiStrings>> = {
  "zh-CN": {
    appTitle: "销售冲刺规划",
    tabsLabel: "功能",
    tabReference: "函数参考",
    languageLabel: "语言",
    referenceIntro: "在任意单元格中输入 =SALES. 即可使用以下函数。点击“插入”把示例公式写入所选单元格。",
    optionalHint: "方括号 [ ] 中的参数可以省略。百分比可直接输入 5%。",
    syntax: "语法",
    parameters: "参数",
    examples: "示例",
    returns: "返回",
    result: "结果：{value}",
    insert: "插入",
    insertAria: "插入 {formula}",
    insertedTitle: "已插入",
    insertFailedTitle: "插入失败",
    inserted: "已将 {formula} 插入所选单元格。",
    insertFailed: "无法插入 {formula}：{message}",
    inserting: "正在插入…",
    officeUnavailable: "当前不在 Excel 中运行。请在 Excel 中打开本加载项后再插入公式。",
    cellEditMode: "Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试。",
    dismiss: "关闭",
  },
  "zh-TW": {
    appTitle: "銷售衝刺規劃",
    tabsLabel: "功能",
    tabReference: "函數參考",
    languageLabel: "語言",
    referenceIntro: "在任何儲存格中輸入 =SALES. 即可使用下列函數。按「插入」把範例公式寫入所選儲存格。",
    optionalHint: "方括號 [ ] 中的引數可以省略。百分比可直接輸入 5%。",
    syntax: "語法",
    parameters: "引數",
    examples: "範例",
    returns: "傳回",
    result: "結果：{value}",
    insert: "插入",
    insertAria: "插入 {formula}",
    insertedTitle: "已插入",
    insertFailedTitle: "插入失敗",
    inserted: "已將 {formula} 插入所選儲存格。",
    insertFailed: "無法插入 {formula}：{message}",
    inserting: "正在插入…",
    officeUnavailable: "目前不在 Excel 中執行。請在 Excel 中開啟本增益集後再插入公式。",
    cellEditMode: "Excel 正處於儲存格編輯狀態。請先按 Enter 或 Esc 結束編輯，再重試。",
    dismiss: "關閉",
  },
  en: {
    appTitle: "Sales Sprint Planner",
    tabsLabel: "Sections",
    tabReference: "Function reference",
    languageLabel: "Language",
    referenceIntro: "Type =SALES. in any cell to use these functions. Select Insert to put an example formula into the selected cell.",
    optionalHint: "Arguments in [ ] are optional. Type percentages as 5%.",
    syntax: "Syntax",
    parameters: "Arguments",
    examples: "Examples",
    returns: "Returns",
    result: "Result: {value}",
    insert: "Insert",
    insertAria: "Insert {formula}",
    insertedTitle: "Inserted",
    insertFailedTitle: "Insert failed",
    inserted: "Inserted {formula} into the selected cell.",
    insertFailed: "Could not insert {formula}: {message}",
    inserting: "Inserting…",
    officeUnavailable: "Not running inside Excel. Open this add-in in Excel to insert formulas.",
    cellEditMode: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
    dismiss: "Dismiss",
  },
};

/** Each language's name in that language, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
  en: "English",
};
