/**
 * Task pane UI strings in every supported language. `{name}` placeholders are filled with
 * format() from ./locale. test/i18n/ui.test.ts checks that every locale has every
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

  // ---- sprint generator ----
  /** Tab: the sprint generator. */
  tabGenerator: string;
  /** Intro line above the form. */
  generatorIntro: string;
  /** Accessible name of the form. */
  formLabel: string;
  /** Info after the saved inputs were restored. */
  restored: string;
  /** Heading: sprint figures. */
  sectionSprint: string;
  /** Heading: owners. */
  sectionOwners: string;
  /** Heading: goal sentence. */
  sectionGoal: string;
  /** Accordion header: advanced settings. */
  advanced: string;
  /** Label: sprint name. */
  fieldName: string;
  /** Hint: sprint name. */
  hintName: string;
  /** Label: sprint target. */
  fieldTarget: string;
  /** Hint: sprint target. */
  hintTarget: string;
  /** Label: average order value. */
  fieldAvgOrderValue: string;
  /** Hint: average order value. */
  hintAvgOrderValue: string;
  /** Label: conversion rate. */
  fieldConversion: string;
  /** Hint: conversion rate. */
  hintConversion: string;
  /** Hint when the funnel shares are used. */
  hintConversionFunnel: string;
  /** Label: start date. */
  fieldStart: string;
  /** Label: sprint length. */
  fieldDays: string;
  /** Hint: sprint length. */
  hintDays: string;
  /** Label: weekends switch. */
  fieldWeekends: string;
  /** Label: the public-holiday calendar (docs/domain.md §10). */
  fieldHolidays: string;
  /** Choices: mainland China's official calendar, or none. */
  holidaysCn: string;
  holidaysNone: string;
  /** Hint under the calendar choice. */
  hintHolidays: string;
  /** While mainland China's calendar loads (Generate waits for it). */
  calendarLoading: string;
  /** Summary: working days with the calendar's days off {off} and make-up days {work}. */
  sumWorkingDaysValue: string;
  /** Summary: how the weekly target is defined; {week} working days of a full week, {days} working days. */
  sumWeeklyNote: string;
  /** Summary: the sprint runs past the holiday data; {from} first date not covered, {last} last year covered. */
  calendarUncovered: string;
  /** Label: owners. */
  fieldOwners: string;
  /** Hint: owners. */
  hintOwners: string;
  /** Button: take owners from the selected range. */
  importSelection: string;
  /** Accessible name of the import button; starts with the visible label. */
  importSelectionAria: string;
  /** Shown while reading the selection. */
  importing: string;
  /** After import: names only. */
  importedNames: string;
  /** After import: names with weights. */
  importedWeights: string;
  /** After import: names with targets; the sprint target becomes their total. */
  importedTargets: string;
  /** After import: a header row was skipped. */
  importSkippedHeader: string;
  /** After import: repeated names were merged. */
  importMerged: string;
  /** After import: second column ignored. */
  importIgnoredColumn: string;
  /** After import: the selection was cut. */
  importTruncated: string;
  /** Import: nothing selected. */
  importNoSelection: string;
  /** Import: no names in the selection. */
  importNoNames: string;
  /** Title: import failed. */
  importFailedTitle: string;
  /** Title: import done. */
  importedTitle: string;
  /** Label: goal sentence. */
  fieldGoal: string;
  /** Hint: goal sentence. */
  hintGoal: string;
  /** Switch: use the funnel shares. */
  useFunnel: string;
  /** Label of the funnel shares group. */
  fieldFunnel: string;
  /** Hint: funnel shares. */
  hintFunnel: string;
  /** Heading: daily activity. */
  activityHeading: string;
  /** Labels: the per-rep daily figures (leads, calls, emails, demos, quotes, deals). */
  fieldLeads: string;
  fieldCalls: string;
  fieldEmails: string;
  fieldDemos: string;
  fieldQuotes: string;
  fieldDeals: string;
  /** Hint: daily activity. */
  hintActivity: string;
  /** Heading: thresholds. */
  thresholdsHeading: string;
  /** Label: red threshold. */
  fieldRed: string;
  /** Label: green threshold. */
  fieldGreen: string;
  /** Label: pipeline coverage warning. */
  fieldCoverage: string;
  /** Label: new opportunities warning. */
  fieldNewOpp: string;
  /** Label: activity reminder. */
  fieldActivity: string;
  /** Label: base tier. */
  fieldBase: string;
  /** Label: challenge tier. */
  fieldChallenge: string;
  /** Field error: empty. */
  /** Field error: not a number. */
  /** Field error: too long. */
  errTooLong: string;
  /** Field error: a funnel share is missing or not a number. */
  errShares: string;
  /** Field error: an owner's weight is not a number. */
  /** Heading: live summary. */
  summaryTitle: string;
  /** Summary when the form is incomplete. */
  summaryEmpty: string;
  /** Summary: required leads. */
  sumLeads: string;
  /** Summary: leads and leads a week. */
  sumLeadsValue: string;
  /** Summary: required deals. */
  sumDeals: string;
  /** Summary: working days. */
  sumWorkingDays: string;
  /** Summary: the weekly target (docs/domain.md §6). */
  sumWeekly: string;
  /** Summary: base and challenge. */
  sumTiers: string;
  /** Summary: daily activity per owner. */
  sumActivity: string;
  /** Summary: the per-owner daily figure of each daily metric ({leads} … {deals}). */
  sumActivityValue: string;
  /** Caption: per-owner targets. */
  ownersCaption: string;
  /** Column: owner. */
  colOwner: string;
  /** Column: target. */
  colTarget: string;
  /** Column: weekly target. */
  colWeekly: string;
  /** Column: challenge target. */
  colChallenge: string;
  /** Row under a long owners table. */
  moreOwners: string;
  /** Caption: weekly figures. */
  weeksCaption: string;
  /** Column: week. */
  colWeek: string;
  /** Column: dates. */
  colDates: string;
  /** Column: working days. */
  colWorkingDays: string;
  /** Column: planned revenue. */
  colRevenue: string;
  /** Column: the week's key figure. */
  colKeyFigure: string;
  /** Heading: SMART feedback. */
  smartTitle: string;
  /** Heading: the actions. */
  actionsHeading: string;
  /** Button: generate the plan. */
  generate: string;
  /** Button while generating. */
  generating: string;
  /** Why Generate is disabled; {fields} lists the fields. */
  disabledReason: string;
  /** Why the buttons are disabled while something runs. */
  busyReason: string;
  /** Accessible name of the progress bar. */
  progressLabel: string;
  /** Progress: reading. */
  stepRead: string;
  /** Progress: writing. */
  stepWrite: string;
  /** Progress: writing one of several parts. */
  stepWriteBatch: string;
  /** Progress: undoing after a failure. */
  stepRollback: string;
  /** Progress: done. */
  stepDone: string;
  /** Progress: reading the actuals for a re-plan. */
  stepActuals: string;
  /** Progress: looking for SALES formulas. */
  stepScan: string;
  /** Progress: replacing formulas with values. */
  stepFreeze: string;
  /** Dialog title: the sheets exist. */
  clashTitle: string;
  /** Dialog text; {sheets} lists them. */
  clashBody: string;
  /** Dialog button: update in place. */
  clashUpdate: string;
  /** Explains update. */
  clashUpdateHint: string;
  /** Dialog button: numbered copy. */
  clashCopy: string;
  /** Explains copy; {example} is a numbered name. */
  clashCopyHint: string;
  /** Dialog button: cancel. */
  cancel: string;
  /** Title after writing. */
  successTitle: string;
  /** After writing new sheets. */
  successCreated: string;
  /** After an update in place. */
  successUpdated: string;
  /** Label before the sheet links. */
  openSheetsLabel: string;
  /** Accessible name of a sheet link; starts with the visible label (the sheet name). */
  openSheetAria: string;
  /** Warning: features left out. */
  warnDegraded: string;
  /** Warning: a cosmetic part failed. */
  warnCosmetic: string;
  /** Our names exist at sheet level elsewhere (a copied Inputs sheet): defined on the plan's sheets. */
  warnNamesScoped: string;
  /** Feature name. */
  featureDataValidation: string;
  /** Feature name. */
  featurePageSetup: string;
  /** Feature name. */
  featureNotes: string;
  /** Title: an action failed. */
  errorTitle: string;
  /** Excel's own error; {message} is Excel's text, {code} its code. */
  errorExcel: string;
  /** What to do after an Excel error. */
  excelAdvice: string;
  /** Excel is too old; {missing} names the requirement set. */
  errUnsupported: string;
  /** Title: Excel too old. */
  unsupportedTitle: string;
  /** Host error: sheets exist. */
  errSheetExists: string;
  /** Host error: sheet gone. */
  errSheetNotFound: string;
  /** Host error: update would lose typed values. */
  errLoseInput: string;
  /** Host error: update would overwrite other content. */
  errOverwrite: string;
  /** Host error: the add-in built a bad plan (a bug). */
  errInvalidSpec: string;
  /** Host error: anything else. */
  errUnexpected: string;
  /** After a failed write whose rollback worked. */
  rollbackDone: string;
  /** After a failed write whose rollback failed too. */
  rollbackFailed: string;
  /** Button after an update was refused. */
  createCopyInstead: string;
  /** Heading: re-plan. */
  replanHeading: string;
  /** Explains re-plan. */
  replanIntro: string;
  /** Label: date of the change. */
  fieldReplanDate: string;
  /** Button: re-plan. */
  replanButton: string;
  /** Button while re-planning. */
  replanning: string;
  /** Re-plan without a plan in the workbook. */
  replanNeedsPlan: string;
  /** Title after a re-plan. */
  replanTitle: string;
  /** After a re-plan. */
  replanDone: string;
  /** After a re-plan with no working day left. */
  replanNoDaysLeft: string;
  /** After a re-plan when the target is already met. */
  replanReached: string;
  /** Field error: bad re-plan date. */
  errReplanDate: string;
  /** Heading: make shareable. */
  shareHeading: string;
  /** Explains make shareable. */
  shareIntro: string;
  /** Label: where to look. */
  shareScope: string;
  /** Option: whole workbook. */
  shareWorkbook: string;
  /** Option: the selection. */
  shareSelection: string;
  /** Button: find the formulas. */
  shareButton: string;
  /** No formulas found. */
  shareNone: string;
  /** Scope name in sentences. */
  scopeWorkbook: string;
  /** Scope name in sentences. */
  scopeSelection: string;
  /** Dialog title. */
  shareDialogTitle: string;
  /** Dialog text before the per-sheet list. */
  shareDialogBody: string;
  /** One line per sheet. */
  shareSheetLine: string;
  /** Warning in the dialog. */
  shareWarning: string;
  /** Dialog button: replace. */
  shareConfirm: string;
  /** Title after freezing. */
  shareTitle: string;
  /** After freezing. */
  shareDone: string;
  /** Some cells were still calculating. */
  sharePending: string;
  /** Title: nothing found. */
  shareNoneTitle: string;
  /** Accessible name of the status area. */
  statusLabel: string;
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
    tabGenerator: "冲刺计划生成",
    generatorIntro: "填写下面的表单，下方摘要会随输入实时更新。点击“生成冲刺计划”把计划写入当前工作簿。",
    formLabel: "冲刺计划参数",
    restored: "已恢复此工作簿中保存的上次输入。",
    sectionSprint: "冲刺",
    sectionOwners: "负责人",
    sectionGoal: "冲刺目标描述（可选）",
    advanced: "高级设置：漏斗、每日活动与阈值",
    fieldName: "冲刺名称（可选）",
    hintName: "显示在各工作表的标题中，例如“三月冲刺”。",
    fieldTarget: "冲刺目标（销售额）",
    hintTarget: "例如 500000、500,000 或 50万。",
    fieldAvgOrderValue: "平均订单金额（客单价）",
    hintAvgOrderValue: "历史平均每单金额，例如 5000。",
    fieldConversion: "转化率（线索→成交）",
    hintConversion: "输入 5% 或 0.05。",
    hintConversionFunnel: "使用“高级设置”中的漏斗占比（最后一级即转化率）。",
    fieldStart: "开始日期",
    fieldDays: "冲刺天数",
    hintDays: "7 到 92 天，默认 30。",
    fieldWeekends: "周末也算工作日",
    fieldHolidays: "法定节假日",
    holidaysCn: "中国大陆（国务院放假安排，含调休）",
    holidaysNone: "不使用（只按周一至周五）",
    hintHolidays: "放假日不分配目标，调休上班日分配；生成后可在“输入”表的工作日历中增删日期。",
    calendarLoading: "正在载入节假日数据…",
    sumWorkingDaysValue: "{days}（放假 {off} 天，调休上班 {work} 天）",
    sumWeeklyNote: "周目标 = 冲刺目标 × {week} ÷ {days} 个工作日（完整工作周的计划）；有假日的周按本周工作日计。",
    calendarUncovered: "⚠ 节假日数据只到 {last} 年：{from} 起的放假和调休不会自动填入，请在生成后的“输入”表工作日历中自行添加。",
    fieldOwners: "负责人（人员或团队）",
    hintOwners: "用逗号或换行分隔；加“:2”表示双倍份额，例如：张三, 李四:2",
    importSelection: "从所选区域导入",
    importSelectionAria: "从所选区域导入负责人：一列姓名，可选第二列权重或目标",
    importing: "正在读取所选区域…",
    importedNames: "已从 {source} 导入 {count} 位负责人（平均分配）。",
    importedWeights: "已从 {source} 导入 {count} 位负责人及其权重。",
    importedTargets: "已从 {source} 导入 {count} 位负责人及其目标；冲刺目标已设为其合计 {total}。",
    importSkippedHeader: "已跳过标题行。",
    importMerged: "合并了 {count} 个重复姓名。",
    importIgnoredColumn: "第二列不全是正数，已忽略。",
    importTruncated: "所选区域过大，只读取了前面的行。",
    importNoSelection: "请先在工作表中选中一列姓名（可带第二列权重或目标），再点击导入。",
    importNoNames: "所选区域中没有姓名。请选中包含姓名的一列。",
    importFailedTitle: "导入失败",
    importedTitle: "已导入",
    fieldGoal: "目标描述",
    hintGoal: "例如：在接下来的30天内，通过电话销售将A产品的销售额提高15%，重点针对中小企业客户。",
    useFunnel: "用漏斗各级占比代替单一转化率",
    fieldFunnel: "漏斗基准占比（占线索的比例）",
    hintFunnel: "5 级，逐级不升高；最后一级（成交）即转化率。",
    activityHeading: "每人每个工作日的活动目标",
    fieldLeads: "线索数",
    fieldCalls: "电话数",
    fieldEmails: "邮件数",
    fieldDemos: "演示数",
    fieldQuotes: "报价数",
    fieldDeals: "成交数",
    hintActivity: "每人每个工作日的数量。留空则按计划（漏斗所需数量按工作日和权重分给每人）；填写的数字低于漏斗所需时，摘要会提示。",
    thresholdsHeading: "达成率颜色、预警与目标档位",
    fieldRed: "红色：达成率低于",
    fieldGreen: "绿色（达成）：不低于；其间为黄色",
    fieldCoverage: "漏斗覆盖率预警：低于",
    fieldNewOpp: "新增商机预警：低于计划的",
    fieldActivity: "活动完成率提醒：低于",
    fieldBase: "基础目标比例",
    fieldChallenge: "挑战目标比例",
    errTooLong: "{field}最多 {max} 个字符。",
    errShares: "请为 5 级漏斗各填写一个百分比，例如 100%、70%、40%、20%、8%。",
    summaryTitle: "摘要",
    summaryEmpty: "填好表单后，这里会显示所需线索、成交数、每人目标和每周数据。",
    sumLeads: "所需线索",
    sumLeadsValue: "{leads}（每周约 {perWeek}）",
    sumDeals: "所需成交",
    sumWorkingDays: "工作日",
    sumWeekly: "周目标",
    sumTiers: "基础 / 挑战目标",
    sumActivity: "每人每个工作日",
    sumActivityValue: "线索 {leads}，电话 {calls}，邮件 {emails}，演示 {demos}，报价 {quotes}，成交 {deals}",
    ownersCaption: "每人目标",
    colOwner: "负责人",
    colTarget: "目标",
    colWeekly: "周目标",
    colChallenge: "挑战",
    moreOwners: "另有 {count} 位负责人，见生成的目标表。",
    weeksCaption: "每周数据",
    colWeek: "周",
    colDates: "日期",
    colWorkingDays: "工作日",
    colRevenue: "计划销售额",
    colKeyFigure: "关键指标",
    smartTitle: "SMART 检查",
    actionsHeading: "写入工作簿",
    generate: "生成冲刺计划",
    generating: "正在生成…",
    disabledReason: "请先填写或修正：{fields}",
    busyReason: "请等待当前操作完成。",
    progressLabel: "进度",
    stepRead: "正在读取工作簿…",
    stepWrite: "正在写入计划…",
    stepWriteBatch: "正在写入计划（第 {batch}/{batches} 部分）…",
    stepRollback: "写入失败，正在删除本次新建的工作表…",
    stepDone: "完成",
    stepActuals: "正在读取已填写的实际数据…",
    stepScan: "正在查找 SALES 公式…",
    stepFreeze: "正在把公式替换为数值…",
    clashTitle: "工作表已存在",
    clashBody: "此工作簿中已有：{sheets}。要如何处理？",
    clashUpdate: "原地更新（保留实际数据）",
    clashUpdateHint: "在现有工作表上重写计划，团队已填写的实际数据全部保留。",
    clashCopy: "新建编号副本",
    clashCopyHint: "新建如“{example}”的工作表，现有工作表保持不变。",
    cancel: "取消",
    successTitle: "冲刺计划已就绪",
    successCreated: "已新建 {count} 个工作表。",
    successUpdated: "已更新 {count} 个工作表上的计划，保留了 {kept} 个已填写的数值。",
    openSheetsLabel: "打开：",
    openSheetAria: "{name}（转到此工作表）",
    warnDegraded: "此版本 Excel 不支持，已省略：{features}",
    warnCosmetic: "计划已完整写入，但部分格式未能应用：{message}",
    warnNamesScoped: "工作表“{sheets}”已有同名的工作表级名称（{names}），这些名称已改为定义在本计划的工作表上。",
    featureDataValidation: "输入校验",
    featurePageSetup: "打印设置",
    featureNotes: "单元格批注",
    errorTitle: "操作失败",
    errorExcel: "Excel 报告：{message}（{code}）",
    excelAdvice: "请确认没有单元格处于编辑状态、工作簿未受保护，然后重试。",
    errUnsupported: "此版本 Excel 太旧，无法生成冲刺计划：需要 {missing}。请使用 Microsoft 365（Windows 版 1903 或更高版本、Mac 版 16.34 或更高版本，或网页版 Excel），或 Office 2021 及更高版本。Excel 2016、2019 和 iPad 版无法运行此加载项。",
    unsupportedTitle: "Excel 版本过旧",
    errSheetExists: "工作表 {sheets} 已存在。",
    errSheetNotFound: "找不到工作表“{name}”，可能已被删除或重命名。请重新生成计划。",
    errLoseInput: "原地更新会丢失“{sheet}”上团队填写的 {count} 个数值（{cells}）。请改为新建副本。",
    errOverwrite: "原地更新会覆盖“{sheet}”上计划以外的 {count} 个单元格（{cells}）。请改为新建副本，或先移走这些内容。",
    errInvalidSpec: "加载项生成的计划无效（{detail}）。这是程序错误，请反馈给我们。",
    errUnexpected: "发生意外错误：{message}。请重试；如果再次出现，请反馈给我们。",
    rollbackDone: "本次新建的工作表已删除，您原有的工作表未受影响。",
    rollbackFailed: "删除本次写了一半的工作表也失败了（{message}）。请检查工作簿中是否有不完整的冲刺工作表。",
    createCopyInstead: "改为新建副本",
    replanHeading: "冲刺中途调整",
    replanIntro: "根据到目前为止填写的实际数据，重新计算剩余工作日的目标，使冲刺合计仍等于目标；原计划保留在旁边，并记录调整日期。",
    fieldReplanDate: "调整日期（从这一天起重新分配）",
    replanButton: "重新规划剩余天数",
    replanning: "正在重新规划…",
    replanNeedsPlan: "请先生成计划：此工作簿中没有“{sheet}”工作表。",
    replanTitle: "已重新规划",
    replanDone: "自 {date}（第 {day} 天）起调整：此前实际 {actual}，剩余目标 {remaining} 分配到 {days} 个工作日，每个工作日 {rate}（原计划 {was}）。",
    replanNoDaysLeft: "自 {date}（第 {day} 天）起已没有工作日：此前实际 {actual}，剩余目标 {remaining} 无法再分配。",
    replanReached: "目标已达成：调整日期前实际 {actual}，目标 {target}。",
    errReplanDate: "请填写有效的调整日期。",
    shareHeading: "转为可分享",
    shareIntro: "把 SALES.* 公式替换为当前数值，没有安装加载项的同事打开时看到的是数字而不是 #NAME?。生成的冲刺工作表只用原生公式，不需要这一步。",
    shareScope: "范围",
    shareWorkbook: "整个工作簿",
    shareSelection: "仅所选区域",
    shareButton: "查找 SALES 公式…",
    shareNone: "在{scope}中没有找到 SALES.* 公式，无需处理。",
    scopeWorkbook: "整个工作簿",
    scopeSelection: "所选区域",
    shareDialogTitle: "把 {count} 个公式替换为数值？",
    shareDialogBody: "在{scope}中找到 {count} 个包含 SALES.* 公式的单元格：",
    shareSheetLine: "{sheet}：{count} 个（{sample}）",
    shareWarning: "加载项无法撤销此操作；如果以后还需要这些公式，请先保存一份副本。",
    shareConfirm: "替换为数值",
    shareTitle: "已转为可分享",
    shareDone: "已把 {count} 个公式替换为当前数值。",
    sharePending: "{count} 个单元格仍在计算，保留了公式；请稍后再运行一次。",
    shareNoneTitle: "无需处理",
    statusLabel: "状态",
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
    tabGenerator: "衝刺計畫生成",
    generatorIntro: "填寫下面的表單，下方摘要會隨輸入即時更新。按「生成衝刺計畫」把計畫寫入目前的活頁簿。",
    formLabel: "衝刺計畫參數",
    restored: "已還原此活頁簿中儲存的上次輸入。",
    sectionSprint: "衝刺",
    sectionOwners: "負責人",
    sectionGoal: "衝刺目標描述（可選）",
    advanced: "進階設定：漏斗、每日活動與門檻",
    fieldName: "衝刺名稱（可選）",
    hintName: "顯示在各工作表的標題中，例如「三月衝刺」。",
    fieldTarget: "衝刺目標（銷售額）",
    hintTarget: "例如 500000、500,000 或 50萬。",
    fieldAvgOrderValue: "平均訂單金額",
    hintAvgOrderValue: "歷史平均每筆訂單金額，例如 5000。",
    fieldConversion: "轉化率（線索→成交）",
    hintConversion: "輸入 5% 或 0.05。",
    hintConversionFunnel: "使用「進階設定」中的漏斗佔比（最後一級即轉化率）。",
    fieldStart: "開始日期",
    fieldDays: "衝刺天數",
    hintDays: "7 到 92 天，預設 30。",
    fieldWeekends: "週末也算工作日",
    fieldHolidays: "國定假日",
    holidaysCn: "中國大陸（國務院放假安排，含調休）",
    holidaysNone: "不使用（只按週一至週五）",
    hintHolidays: "放假日不分配目標，補班日分配；產生後可在「輸入」表的工作日曆中增刪日期（例如台灣的國定假日）。",
    calendarLoading: "正在載入節假日資料…",
    sumWorkingDaysValue: "{days}（放假 {off} 天，補班 {work} 天）",
    sumWeeklyNote: "週目標 = 衝刺目標 × {week} ÷ {days} 個工作日（完整工作週的計畫）；有假日的週按本週工作日計。",
    calendarUncovered: "⚠ 節假日資料只到 {last} 年：{from} 起的放假和補班不會自動填入，請在產生後的「輸入」表工作日曆中自行新增。",
    fieldOwners: "負責人（人員或團隊）",
    hintOwners: "用逗號或換行分隔；加「:2」表示雙倍份額，例如：張三, 李四:2",
    importSelection: "從所選範圍匯入",
    importSelectionAria: "從所選範圍匯入負責人：一欄姓名，可選第二欄權重或目標",
    importing: "正在讀取所選範圍…",
    importedNames: "已從 {source} 匯入 {count} 位負責人（平均分配）。",
    importedWeights: "已從 {source} 匯入 {count} 位負責人及其權重。",
    importedTargets: "已從 {source} 匯入 {count} 位負責人及其目標；衝刺目標已設為其合計 {total}。",
    importSkippedHeader: "已略過標題列。",
    importMerged: "合併了 {count} 個重複姓名。",
    importIgnoredColumn: "第二欄不全是正數，已忽略。",
    importTruncated: "所選範圍過大，只讀取了前面的列。",
    importNoSelection: "請先在工作表中選取一欄姓名（可帶第二欄權重或目標），再按匯入。",
    importNoNames: "所選範圍中沒有姓名。請選取包含姓名的一欄。",
    importFailedTitle: "匯入失敗",
    importedTitle: "已匯入",
    fieldGoal: "目標描述",
    hintGoal: "例如：在接下來的30天內，透過電話銷售將A產品的銷售額提高15%，重點針對中小企業客戶。",
    useFunnel: "用漏斗各級佔比代替單一轉化率",
    fieldFunnel: "漏斗基準佔比（佔線索的比例）",
    hintFunnel: "5 級，逐級不升高；最後一級（成交）即轉化率。",
    activityHeading: "每人每個工作日的活動目標",
    fieldLeads: "線索數",
    fieldCalls: "電話數",
    fieldEmails: "郵件數",
    fieldDemos: "演示數",
    fieldQuotes: "報價數",
    fieldDeals: "成交數",
    hintActivity: "每人每個工作日的數量。留空則依計畫（漏斗所需數量依工作日和權重分給每人）；填寫的數字低於漏斗所需時，摘要會提示。",
    thresholdsHeading: "達成率顏色、預警與目標檔位",
    fieldRed: "紅色：達成率低於",
    fieldGreen: "綠色（達成）：不低於；其間為黃色",
    fieldCoverage: "漏斗覆蓋率預警：低於",
    fieldNewOpp: "新增商機預警：低於計畫的",
    fieldActivity: "活動完成率提醒：低於",
    fieldBase: "基礎目標比例",
    fieldChallenge: "挑戰目標比例",
    errTooLong: "{field}最多 {max} 個字元。",
    errShares: "請為 5 級漏斗各填寫一個百分比，例如 100%、70%、40%、20%、8%。",
    summaryTitle: "摘要",
    summaryEmpty: "填好表單後，這裡會顯示所需線索、成交數、每人目標和每週數據。",
    sumLeads: "所需線索",
    sumLeadsValue: "{leads}（每週約 {perWeek}）",
    sumDeals: "所需成交",
    sumWorkingDays: "工作日",
    sumWeekly: "週目標",
    sumTiers: "基礎 / 挑戰目標",
    sumActivity: "每人每個工作日",
    sumActivityValue: "線索 {leads}，電話 {calls}，郵件 {emails}，演示 {demos}，報價 {quotes}，成交 {deals}",
    ownersCaption: "每人目標",
    colOwner: "負責人",
    colTarget: "目標",
    colWeekly: "週目標",
    colChallenge: "挑戰",
    moreOwners: "另有 {count} 位負責人，見生成的目標表。",
    weeksCaption: "每週數據",
    colWeek: "週",
    colDates: "日期",
    colWorkingDays: "工作日",
    colRevenue: "計畫銷售額",
    colKeyFigure: "關鍵指標",
    smartTitle: "SMART 檢查",
    actionsHeading: "寫入活頁簿",
    generate: "生成衝刺計畫",
    generating: "正在生成…",
    disabledReason: "請先填寫或修正：{fields}",
    busyReason: "請等待目前操作完成。",
    progressLabel: "進度",
    stepRead: "正在讀取活頁簿…",
    stepWrite: "正在寫入計畫…",
    stepWriteBatch: "正在寫入計畫（第 {batch}/{batches} 部分）…",
    stepRollback: "寫入失敗，正在刪除本次新建的工作表…",
    stepDone: "完成",
    stepActuals: "正在讀取已填寫的實際數據…",
    stepScan: "正在尋找 SALES 公式…",
    stepFreeze: "正在把公式替換為數值…",
    clashTitle: "工作表已存在",
    clashBody: "此活頁簿中已有：{sheets}。要如何處理？",
    clashUpdate: "原地更新（保留實際數據）",
    clashUpdateHint: "在現有工作表上重寫計畫，團隊已填寫的實際數據全部保留。",
    clashCopy: "新建編號副本",
    clashCopyHint: "新建如「{example}」的工作表，現有工作表保持不變。",
    cancel: "取消",
    successTitle: "衝刺計畫已就緒",
    successCreated: "已新建 {count} 個工作表。",
    successUpdated: "已更新 {count} 個工作表上的計畫，保留了 {kept} 個已填寫的數值。",
    openSheetsLabel: "開啟：",
    openSheetAria: "{name}（前往此工作表）",
    warnDegraded: "此版本 Excel 不支援，已省略：{features}",
    warnCosmetic: "計畫已完整寫入，但部分格式未能套用：{message}",
    warnNamesScoped: "工作表「{sheets}」已有同名的工作表層級名稱（{names}），這些名稱已改為定義在本計畫的工作表上。",
    featureDataValidation: "輸入驗證",
    featurePageSetup: "列印設定",
    featureNotes: "儲存格附註",
    errorTitle: "操作失敗",
    errorExcel: "Excel 回報：{message}（{code}）",
    excelAdvice: "請確認沒有儲存格處於編輯狀態、活頁簿未受保護，然後重試。",
    errUnsupported: "此版本 Excel 太舊，無法生成衝刺計畫：需要 {missing}。請使用 Microsoft 365（Windows 版 1903 或更新版本、Mac 版 16.34 或更新版本，或網頁版 Excel），或 Office 2021 及更新版本。Excel 2016、2019 與 iPad 版無法執行此增益集。",
    unsupportedTitle: "Excel 版本過舊",
    errSheetExists: "工作表 {sheets} 已存在。",
    errSheetNotFound: "找不到工作表「{name}」，可能已被刪除或重新命名。請重新生成計畫。",
    errLoseInput: "原地更新會遺失「{sheet}」上團隊填寫的 {count} 個數值（{cells}）。請改為新建副本。",
    errOverwrite: "原地更新會覆寫「{sheet}」上計畫以外的 {count} 個儲存格（{cells}）。請改為新建副本，或先移走這些內容。",
    errInvalidSpec: "增益集產生的計畫無效（{detail}）。這是程式錯誤，請回報給我們。",
    errUnexpected: "發生意外錯誤：{message}。請重試；如果再次出現，請回報給我們。",
    rollbackDone: "本次新建的工作表已刪除，您原有的工作表未受影響。",
    rollbackFailed: "刪除本次寫了一半的工作表也失敗了（{message}）。請檢查活頁簿中是否有不完整的衝刺工作表。",
    createCopyInstead: "改為新建副本",
    replanHeading: "衝刺中途調整",
    replanIntro: "根據到目前為止填寫的實際數據，重新計算剩餘工作日的目標，使衝刺合計仍等於目標；原計畫保留在旁邊，並記錄調整日期。",
    fieldReplanDate: "調整日期（從這一天起重新分配）",
    replanButton: "重新規劃剩餘天數",
    replanning: "正在重新規劃…",
    replanNeedsPlan: "請先生成計畫：此活頁簿中沒有「{sheet}」工作表。",
    replanTitle: "已重新規劃",
    replanDone: "自 {date}（第 {day} 天）起調整：此前實際 {actual}，剩餘目標 {remaining} 分配到 {days} 個工作日，每個工作日 {rate}（原計畫 {was}）。",
    replanNoDaysLeft: "自 {date}（第 {day} 天）起已沒有工作日：此前實際 {actual}，剩餘目標 {remaining} 無法再分配。",
    replanReached: "目標已達成：調整日期前實際 {actual}，目標 {target}。",
    errReplanDate: "請填寫有效的調整日期。",
    shareHeading: "轉為可分享",
    shareIntro: "把 SALES.* 公式替換為目前數值，沒有安裝增益集的同事開啟時看到的是數字而不是 #NAME?。生成的衝刺工作表只用原生公式，不需要這一步。",
    shareScope: "範圍",
    shareWorkbook: "整個活頁簿",
    shareSelection: "僅所選範圍",
    shareButton: "尋找 SALES 公式…",
    shareNone: "在{scope}中沒有找到 SALES.* 公式，無需處理。",
    scopeWorkbook: "整個活頁簿",
    scopeSelection: "所選範圍",
    shareDialogTitle: "把 {count} 個公式替換為數值？",
    shareDialogBody: "在{scope}中找到 {count} 個包含 SALES.* 公式的儲存格：",
    shareSheetLine: "{sheet}：{count} 個（{sample}）",
    shareWarning: "增益集無法復原此操作；如果以後還需要這些公式，請先儲存一份副本。",
    shareConfirm: "替換為數值",
    shareTitle: "已轉為可分享",
    shareDone: "已把 {count} 個公式替換為目前數值。",
    sharePending: "{count} 個儲存格仍在計算，保留了公式；請稍後再執行一次。",
    shareNoneTitle: "無需處理",
    statusLabel: "狀態",
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
    tabGenerator: "Sprint generator",
    generatorIntro: "Fill in the form; the summary below updates as you type. Generate writes the plan into this workbook.",
    formLabel: "Sprint plan inputs",
    restored: "Restored the inputs last saved in this workbook.",
    sectionSprint: "Sprint",
    sectionOwners: "Owners",
    sectionGoal: "Sprint goal (optional)",
    advanced: "Advanced: funnel, daily activity and thresholds",
    fieldName: "Sprint name (optional)",
    hintName: "Shown in the sheet titles, e.g. “March push”.",
    fieldTarget: "Sprint target (revenue)",
    hintTarget: "e.g. 500000 or 500,000.",
    fieldAvgOrderValue: "Average order value",
    hintAvgOrderValue: "Your average deal size, e.g. 5000.",
    fieldConversion: "Conversion rate (lead → deal)",
    hintConversion: "Type 5% or 0.05.",
    hintConversionFunnel: "Taken from the funnel shares under Advanced (the last stage is the conversion rate).",
    fieldStart: "Start date",
    fieldDays: "Length in days",
    hintDays: "7 to 92 days; 30 by default.",
    fieldWeekends: "Weekends are working days",
    fieldHolidays: "Public holidays",
    holidaysCn: "Mainland China (State Council, with make-up days)",
    holidaysNone: "None (Monday to Friday only)",
    hintHolidays: "Days off get no target, make-up working days do; after generating, add or delete dates in the Inputs sheet's working calendar.",
    calendarLoading: "Loading the holiday calendar…",
    sumWorkingDaysValue: "{days} ({off} days off, {work} make-up days)",
    sumWeeklyNote: "Weekly target = sprint target × {week} ÷ {days} working days (a full working week's plan); a week with days off plans its own days.",
    calendarUncovered: "⚠ The holiday data ends with {last}: days off and make-up days from {from} are not filled in; add them in the Inputs sheet's working calendar after generating.",
    fieldOwners: "Owners (people or teams)",
    hintOwners: "Separate with commas or new lines; add “:2” for a double share, e.g. Ann, Bob:2",
    importSelection: "Take from selection",
    importSelectionAria: "Take from selection: owners from a column of names, optionally a second column of weights or targets",
    importing: "Reading the selection…",
    importedNames: "Imported {count} owners from {source} (equal shares).",
    importedWeights: "Imported {count} owners with their weights from {source}.",
    importedTargets: "Imported {count} owners with their targets from {source}; the sprint target is now their total, {total}.",
    importSkippedHeader: "Skipped the header row.",
    importMerged: "Merged {count} repeated names.",
    importIgnoredColumn: "The second column was ignored: not every row has a positive number.",
    importTruncated: "The selection was too long; only its first rows were read.",
    importNoSelection: "Select a column of names in the sheet first (optionally with a second column of weights or targets), then try again.",
    importNoNames: "The selection holds no names. Select the column that holds the names.",
    importFailedTitle: "Import failed",
    importedTitle: "Imported",
    fieldGoal: "Goal sentence",
    hintGoal: "e.g. Raise product A revenue by 15% through phone sales to small businesses within the next 30 days.",
    useFunnel: "Use funnel shares instead of one conversion rate",
    fieldFunnel: "Funnel shares (of leads)",
    hintFunnel: "Five stages, never rising; the last (won) is the conversion rate.",
    activityHeading: "Daily activity per owner and working day",
    fieldLeads: "New leads",
    fieldCalls: "Calls",
    fieldEmails: "Emails",
    fieldDemos: "Demos",
    fieldQuotes: "Quotes",
    fieldDeals: "Deals",
    hintActivity: "Per owner and working day. Leave empty to follow the plan (what the funnel needs, spread over working days and owners by weight); the summary says when a number you type is below what the funnel needs.",
    thresholdsHeading: "Attainment colours, warnings and tiers",
    fieldRed: "Red below",
    fieldGreen: "Green (achieved) from; yellow in between",
    fieldCoverage: "Pipeline coverage warning below",
    fieldNewOpp: "New opportunities warning below",
    fieldActivity: "Activity reminder below",
    fieldBase: "Base target",
    fieldChallenge: "Challenge target",
    errTooLong: "{field}: at most {max} characters.",
    errShares: "Enter a percentage for each of the 5 stages, e.g. 100%, 70%, 40%, 20%, 8%.",
    summaryTitle: "Summary",
    summaryEmpty: "When the form is complete, this shows the leads and deals needed, each owner's target and the weekly figures.",
    sumLeads: "Leads needed",
    sumLeadsValue: "{leads} (about {perWeek} a week)",
    sumDeals: "Deals needed",
    sumWorkingDays: "Working days",
    sumWeekly: "Weekly target",
    sumTiers: "Base / challenge target",
    sumActivity: "Per owner and working day",
    sumActivityValue: "{leads} leads, {calls} calls, {emails} emails, {demos} demos, {quotes} quotes, {deals} deals",
    ownersCaption: "Targets per owner",
    colOwner: "Owner",
    colTarget: "Target",
    colWeekly: "Weekly target",
    colChallenge: "Challenge",
    moreOwners: "{count} more owners: see the generated target table.",
    weeksCaption: "Weekly figures",
    colWeek: "Week",
    colDates: "Dates",
    colWorkingDays: "Work days",
    colRevenue: "Revenue",
    colKeyFigure: "Key figure",
    smartTitle: "SMART check",
    actionsHeading: "Write into the workbook",
    generate: "Generate sprint plan",
    generating: "Generating…",
    disabledReason: "Fill in or fix first: {fields}",
    busyReason: "Wait for the current step to finish.",
    progressLabel: "Progress",
    stepRead: "Reading the workbook…",
    stepWrite: "Writing the plan…",
    stepWriteBatch: "Writing the plan (part {batch} of {batches})…",
    stepRollback: "Writing failed: removing the sheets this run created…",
    stepDone: "Done",
    stepActuals: "Reading the actuals typed so far…",
    stepScan: "Looking for SALES formulas…",
    stepFreeze: "Replacing formulas with values…",
    clashTitle: "These sheets already exist",
    clashBody: "This workbook already has {sheets}. What should happen?",
    clashUpdate: "Update in place (keep actuals)",
    clashUpdateHint: "Rewrites the plan on the existing sheets; every actual the team typed stays.",
    clashCopy: "Create a numbered copy",
    clashCopyHint: "New sheets such as “{example}”; the existing ones stay untouched.",
    cancel: "Cancel",
    successTitle: "Sprint plan ready",
    successCreated: "Created {count} sheets.",
    successUpdated: "Updated the plan on {count} sheets and kept {kept} typed values.",
    openSheetsLabel: "Open:",
    openSheetAria: "{name} (go to this sheet)",
    warnDegraded: "Left out because this Excel lacks them: {features}",
    warnCosmetic: "The plan is complete, but a cosmetic part failed: {message}",
    warnNamesScoped: "Sheet “{sheets}” already has sheet-level names {names}, so these names were defined on the plan's own sheets.",
    featureDataValidation: "input checks",
    featurePageSetup: "page setup",
    featureNotes: "cell notes",
    errorTitle: "That did not work",
    errorExcel: "Excel reported: {message} ({code})",
    excelAdvice: "Make sure no cell is being edited and the workbook is not protected, then try again.",
    errUnsupported: "This Excel is too old for the sprint generator: it needs {missing}. Use Microsoft 365 (Excel for Windows version 1903 or later, Excel for Mac 16.34 or later, or Excel on the web) or Office 2021 or later. Excel 2016, Excel 2019 and Excel for iPad cannot run this add-in.",
    unsupportedTitle: "This Excel is too old",
    errSheetExists: "The sheets {sheets} already exist.",
    errSheetNotFound: "The sheet “{name}” is gone (deleted or renamed). Generate the plan again.",
    errLoseInput: "Updating in place would lose {count} values the team typed on “{sheet}” ({cells}). Create a copy instead.",
    errOverwrite: "Updating in place would overwrite {count} cells on “{sheet}” ({cells}) that are not part of the plan. Create a copy instead, or move those cells first.",
    errInvalidSpec: "The add-in built an invalid plan ({detail}). This is a bug: please report it.",
    errUnexpected: "Something unexpected went wrong: {message}. Try again; if it happens again, please report it.",
    rollbackDone: "The sheets this run created were removed; your other sheets are untouched.",
    rollbackFailed: "Removing the half-written sheets failed too ({message}); check the workbook for incomplete sprint sheets.",
    createCopyInstead: "Create a copy instead",
    replanHeading: "Re-plan mid-sprint",
    replanIntro: "Recomputes the remaining working days' targets from the actuals typed so far, so the sprint still sums to the target; the original plan stays beside it and the date of the change is recorded.",
    fieldReplanDate: "Date of the change (re-plan from this day)",
    replanButton: "Re-plan remaining days",
    replanning: "Re-planning…",
    replanNeedsPlan: "Generate the plan first: this workbook has no sheet “{sheet}”.",
    replanTitle: "Re-planned",
    replanDone: "Re-planned from {date} (day {day}): {actual} actual before it; the remaining {remaining} is spread over {days} working days, {rate} a day (was {was}).",
    replanNoDaysLeft: "No working day is left from {date} (day {day}): {actual} actual before it; the remaining {remaining} cannot be spread any more.",
    replanReached: "The target is already reached: {actual} actual before the change, target {target}.",
    errReplanDate: "Enter a valid date of the change.",
    shareHeading: "Make shareable",
    shareIntro: "Replaces SALES.* formulas with their current values, so colleagues without the add-in see numbers instead of #NAME?. The generated sprint sheets never need this: they use native formulas only.",
    shareScope: "Where",
    shareWorkbook: "Whole workbook",
    shareSelection: "Selection only",
    shareButton: "Find SALES formulas…",
    shareNone: "No SALES.* formulas in {scope}: nothing to do.",
    scopeWorkbook: "the workbook",
    scopeSelection: "the selection",
    shareDialogTitle: "Replace {count} formulas with values?",
    shareDialogBody: "Found {count} cells with SALES.* formulas in {scope}:",
    shareSheetLine: "{sheet}: {count} ({sample})",
    shareWarning: "The add-in cannot undo this; keep a copy of the workbook if you may need the formulas again.",
    shareConfirm: "Replace with values",
    shareTitle: "Ready to share",
    shareDone: "Replaced {count} formulas with their current values.",
    sharePending: "{count} cells were still calculating and kept their formulas; run it again in a moment.",
    shareNoneTitle: "Nothing to do",
    statusLabel: "Status",
  },
};

/** Each language's name in that language, for the language switch. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  "zh-CN": "简体中文",
  "zh-TW": "繁體中文",
  en: "English",
};
