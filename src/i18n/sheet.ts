/**
 * Every word the sprint workbook shows (sheet names, labels, phases, strategies, status
 * words, validation messages), in zh-CN, zh-TW and en. The few the task pane shows at start
 * (the phases' key figures, the activity warning, the inputs' field names) live in ./planWords.ts
 * and are part of these strings (SheetStrings extends PlanWords).
 *
 * Typed by the domain's keys (src/domain/vocabulary.ts): this file only translates them.
 * `{name}` placeholders are filled with format() from ./locale. The shape is one interface,
 * so a missing key fails to compile; test/i18n/sheet.test.ts checks that every
 * string is non-empty and carries the same placeholders in every language.
 */
import { format, type Locale } from "./locale";
import type { OwnerInput } from "../domain/sprint";
import { PLAN_WORDS, type PlanWords } from "./planWords";
import type {
  DayColumnKey,
  FunnelColumnKey,
  FunnelSummaryKey,
  InputKey,
  InputSection,
  KpiKey,
  PhaseColumnKey,
  PlanSheetKey,
  SprintMetric,
  TargetColumnKey,
  TargetType,
  WeekColumnKey,
} from "../domain/vocabulary";

/** The workbook's words; those the task pane also shows at start are ./planWords.ts's. */
export interface SheetStrings extends PlanWords {
  sheetNames: Record<PlanSheetKey, string>;
  yes: string;
  no: string;
  /** Monday first. */
  weekdays: readonly [string, string, string, string, string, string, string];
  /** Sprint phases 1–4 (docs/domain.md §5.1). */
  phases: readonly [string, string, string, string];
  phaseRoles: readonly [string, string, string, string];
  phaseStrategies: readonly [string, string, string, string];
  status: { achieved: string; notAchieved: string };
  targetTypes: Record<TargetType, string>;
  defaultOwnerStrategy: string;
  /** Default owner names: {n} is 1, 2, … */
  defaultOwner: string;
  total: string;
  inputs: {
    title: string;
    hint: string;
    headers: { item: string; value: string; name: string; note: string };
    /** Added to a per-rep daily figure's note while the typed figure is below what the funnel needs. */
    activityBelow: string;
    sections: Record<InputSection, string>;
    items: Record<InputKey, { label: string; note: string }>;
  };
  sprint: {
    title: string;
    kpis: Record<KpiKey, string>;
    /** Warning flags; {pct} is the threshold as a percentage. */
    flags: { coverage: string; newOpps: string; activity: string };
    /** Headers of planned and actual columns; {metric} is a metric name. */
    plan: string;
    actual: string;
    /** The row under the day table's total: what the funnel needs of each planned metric; the warning when the plan falls short. */
    need: string;
    needShort: string;
    metrics: Record<SprintMetric, string>;
    columns: Record<DayColumnKey, string>;
    weeklyTitle: string;
    weekly: Record<WeekColumnKey, string>;
    /** Under the weekly table, beside the WeeklyTarget value: the definition (docs/domain.md §6). */
    weeklyTarget: string;
    /**
     * The burn-up chart's name (cumulative plan against cumulative actual, both rising): its
     * title, the CLI's note (src/i18n/cli.ts {chart}) and the docs use this one word.
     */
    chartName: string;
    /** The chart's title: {chart} is chartName. */
    chartTitle: string;
    chartPlan: string;
    chartActual: string;
  };
  targets: {
    title: string;
    hint: string;
    columns: Record<TargetColumnKey, string>;
    phaseTitle: string;
    phaseColumns: Record<PhaseColumnKey, string>;
  };
  funnel: {
    title: string;
    /** {mapping}: the stages and the log metric of each, pair joined by listSeparator. */
    hint: string;
    /** One stage and its log metric in the hint. */
    pair: string;
    /** The source of a stage's actual: {metric} of the daily log, or typed. */
    fromLog: string;
    typed: string;
    columns: Record<FunnelColumnKey, string>;
    bottleneck: string;
    summaryTitle: string;
    summary: Record<FunnelSummaryKey, string>;
  };
  /** Data-validation messages shown by the spreadsheet. */
  validation: {
    title: string;
    whole: string;
    decimal: string;
    decimalMin: string;
    date: string;
    list: string;
  };
  /** Page header and footer of the printed sheets: the sprint's dates; "page N of M". */
  print: { period: string; pageOf: string };
  /** The Inputs sheet's working calendar (docs/domain.md §10): days off and make-up working days. */
  calendar: {
    section: string;
    headers: { date: string; kind: string; name: string };
    /** The kind column's two words (its drop-down); the sheet's formulas compare with `work`. */
    kinds: { off: string; work: string };
    /** How the table counts. */
    hint: string;
    /** Filled from mainland China's official calendar; {first}–{last} are the years the data covers. */
    sourceCn: string;
    /** No official calendar chosen. */
    sourceNone: string;
    /** The sprint runs past the data: {from} is the first date not covered, {last} the last year covered. */
    uncovered: string;
  };

}

export const SHEET_STRINGS: Readonly<Record<Locale, SheetStrings>> = {
  "zh-CN": {
    ...PLAN_WORDS["zh-CN"],
    sheetNames: { inputs: "输入", sprint: "{days}天冲刺计划", targets: "目标表", funnel: "销售漏斗" },
    yes: "是",
    no: "否",
    weekdays: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    phases: ["客户筛选与分类", "集中开发A类客户", "产品演示与谈判", "成交与跟进"],
    phaseRoles: ["销售经理", "销售代表", "销售代表", "销售代表"],
    phaseStrategies: [
      "用CRM筛选潜在客户，按A/B/C分级；A类客户投入70%的时间",
      "集中跟进A类客户：电话+邮件+社交多渠道接触，预约产品演示",
      "按客户需求定制演示；以价值为导向谈判，及时发出报价",
      "识别成交信号并促单；签约后跟进交付，争取转介绍",
    ],
    status: { achieved: "达成", notAchieved: "未达成" },
    targetTypes: {
      revenue: "销售额",
      units: "数量",
      newCustomers: "新客户数",
      collection: "回款率",
      margin: "利润率",
      marketShare: "市场份额",
      retention: "留存/续约率",
    },
    defaultOwnerStrategy: "A类客户优先（70%时间）；每天完成电话和邮件目标；每周复盘调整",
    defaultOwner: "销售代表{n}",
    total: "合计",
    inputs: {
      title: "销售冲刺规划 · 输入",
      hint: "黄色单元格可以修改，其余数值由公式自动计算。“名称”列中的名称可直接用在您自己的公式里。",
      headers: { item: "项目", value: "数值", name: "名称", note: "说明" },
      activityBelow: "⚠ 低于漏斗所需的每人每个工作日 {need}",
      sections: { sprint: "冲刺", funnel: "漏斗与活动", thresholds: "阈值与目标档位", progress: "进度（自动计算）" },
      items: {
        SprintTarget: { label: "冲刺目标（销售额）", note: "本次冲刺要达成的销售额" },
        AvgOrderValue: { label: "平均订单金额（客单价）", note: "历史平均每单金额" },
        ConversionRate: { label: "转化率（线索→成交）", note: "例如 5%" },
        SprintStart: { label: "开始日期", note: "冲刺第1天" },
        SprintDays: { label: "冲刺天数", note: "计划表的天数；要改变天数请重新生成计划" },
        IncludeWeekends: { label: "周末算工作日", note: "选“是”则周六、周日也分配目标（工作日历中的放假日除外）" },
        WorkingDays: { label: "工作日数", note: "冲刺期内分配目标的天数：周一至周五，去掉下方工作日历中的放假日，加上调休上班日" },
        WeekWorkingDays: { label: "完整一周的工作日", note: "周一至周五为 5 天；周末算工作日时为 7 天" },
        WeeklyTarget: { label: "周目标", note: "完整工作周的计划销售额：冲刺目标 × 完整一周的工作日 ÷ 工作日数；有假日的周按本周工作日计" },
        PhaseDays: { label: "每阶段天数", note: "冲刺天数÷4 取整；第4阶段包含剩余天数" },
        TeamSize: { label: "负责人数", note: "目标表中的负责人个数" },
        DealsExact: { label: "成交数（未取整）", note: "目标 ÷ 平均订单金额" },
        RequiredDeals: { label: "所需成交数", note: "向上取整" },
        LeadsExact: { label: "线索数（未取整）", note: "目标 ÷ 平均订单金额 ÷ 转化率" },
        RequiredLeads: { label: "所需线索数", note: "向上取整（忽略浮点误差）" },
        DailyCalls: { label: "每人每个工作日电话数", note: "空：按计划（初步接触数，每次接触一通电话）；填数字：每人每个工作日都用此数" },
        DailyEmails: { label: "每人每个工作日邮件数", note: "空：按计划（所需线索数，每条线索一封邮件）；填数字：每人每个工作日都用此数" },
        PipelineValue: { label: "在手商机金额", note: "当前未成交商机的总金额，用于漏斗覆盖率" },
        ThresholdRed: { label: "红色阈值（达成率低于）", note: "达成率低于此值显示红色" },
        ThresholdGreen: { label: "绿色阈值（达成率不低于）", note: "达成率不低于此值显示绿色并记为达成；其间为黄色" },
        CoverageWarn: { label: "漏斗覆盖率预警", note: "在手商机 ÷ 剩余目标低于此值：黄色预警" },
        NewOppWarn: { label: "新增商机预警", note: "新增线索低于计划的此比例：红色预警" },
        ActivityWarn: { label: "活动完成率提醒", note: "电话、邮件、演示完成率低于此值：提醒" },
        BaseTier: { label: "基础目标比例", note: "基础目标 = 目标 × 此比例" },
        ChallengeTier: { label: "挑战目标比例", note: "挑战目标 = 目标 × 此比例" },
        LastReportedDay: { label: "已填报至第几天", note: "填写了实际数据的最后一天" },
        WorkingDaysElapsed: { label: "已过工作日", note: "截至已填报日的工作日数" },
      },
    },
    sprint: {
      title: "{days}天销售冲刺计划",
      kpis: {
        target: "冲刺目标",
        actualToDate: "累计实际",
        pacing: "进度目标（截至填报日）",
        attainment: "达成率（对进度）",
        projected: "按当前速度预计总额",
        requiredDaily: "剩余每个工作日需完成",
        coverage: "漏斗覆盖率",
        newOpps: "新增线索/计划",
        activity: "活动完成率",
      },
      flags: {
        coverage: "⚠ 覆盖率低于 {pct}",
        newOpps: "⚠ 新增线索低于计划的 {pct}",
        activity: "⚠ 活动完成率低于 {pct}",
      },
      plan: "计划{metric}",
      actual: "实际{metric}",
      need: "漏斗所需（按目标反推）",
      needShort: "⚠ 计划低于漏斗所需：红色列的每人每日数偏低（见输入表）",
      metrics: {
        leads: "线索",
        calls: "电话",
        emails: "邮件",
        demos: "演示",
        quotes: "报价",
        deals: "成交",
        revenue: "销售额",
      },
      columns: {
        day: "天",
        date: "日期",
        weekday: "星期",
        working: "工作日",
        phase: "阶段",
        phaseNo: "阶段#",
        week: "周",
        workIndex: "工作日#",
        cumPlan: "累计计划",
        cumActual: "累计实际",
        attainment: "达成率",
        status: "状态",
        activity: "活动完成率",
        projected: "预计总额",
        required: "剩余日均需",
        reported: "已填报",
      },
      weeklyTitle: "每周汇总",
      weeklyTarget: "周目标 = 完整工作周的计划销售额（冲刺目标 × 完整一周的工作日 ÷ 工作日数）；上表每周的计划按本周工作日计",
      weekly: {
        week: "周",
        from: "开始",
        to: "结束",
        workingDays: "工作日",
        phase: "阶段",
        keyFigure: "关键指标",
        keyPlan: "指标计划",
        keyActual: "指标实际",
        plan: "计划销售额",
        actual: "实际销售额",
        attainment: "达成率",
      },
      chartName: "累计完成图",
      chartTitle: "{chart}：销售额计划与实际",
      chartPlan: "累计计划",
      chartActual: "累计实际",
    },
    targets: {
      title: "目标表",
      hint: "目标按权重分配，合计正好等于冲刺目标。周目标 = 目标 × 完整一周的工作日 ÷ 工作日数（完整工作周的计划）。黄色单元格可修改。",
      columns: {
        owner: "责任主体",
        weight: "权重",
        type: "目标类型",
        target: "冲刺目标",
        weekly: "周目标",
        base: "基础目标",
        challenge: "挑战目标",
        strategy: "关键策略",
        actual: "实际完成",
        attainment: "达成率",
      },
      phaseTitle: "冲刺阶段与策略",
      phaseColumns: {
        phaseNo: "阶段#",
        phase: "主要任务",
        from: "开始",
        to: "结束",
        keyFigure: "关键指标",
        keyPlan: "指标计划",
        role: "负责人",
        strategy: "关键策略",
      },
    },
    funnel: {
      title: "销售漏斗",
      hint: "所需数量由所需线索数和计划占比推算。实际数量 = 期初数量 + 日报中对应指标的合计（{mapping}），随日报自动更新；期初数量填使用日报之前已有的数量。转化率低于基准最多的阶段标为瓶颈。",
      pair: "{stage}＝{metric}",
      fromLog: "日报：{metric}",
      typed: "手动填写（日报未记录）",
      columns: {
        stage: "阶段",
        benchmark: "基准占比",
        planned: "计划占比",
        required: "所需数量",
        opening: "期初数量",
        actual: "实际数量",
        source: "来源",
        attainment: "完成率",
        conversion: "实际转化率",
        benchmarkConversion: "基准转化率",
        vsBenchmark: "对比基准",
        bottleneck: "瓶颈",
      },
      bottleneck: "⚠ 瓶颈",
      summaryTitle: "线索节奏",
      summary: {
        leadsPerWeek: "每周线索",
        leadsPerDay: "每个工作日线索",
        leadsPerOwnerDay: "每人每个工作日线索",
        dealsPerOwnerDay: "每人每个工作日成交",
      },
    },
    validation: {
      title: "输入无效",
      whole: "请输入 {min} 到 {max} 之间的整数。",
      decimal: "请输入 {min} 到 {max} 之间的数字。",
      decimalMin: "请输入不小于 {min} 的数字。",
      date: "请输入日期，例如 2025-03-03。",
      list: "请从列表中选择。",
    },
    print: { period: "{from} 至 {to}", pageOf: "第 {page} 页，共 {pages} 页" },
    calendar: {
      section: "工作日历（放假与调休）",
      headers: { date: "日期", kind: "类型", name: "名称" },
      kinds: { off: "放假", work: "调休上班" },
      hint: "表中“调休上班”的日期是工作日，其他列出的日期都不分配目标；未列出的日期按周一至周五（或“周末算工作日”）计算。可自行添加公司假日或删除行，所有数字随之更新。",
      sourceCn: "已按国务院公布的节假日安排（{first}–{last} 年）填入本冲刺的放假和调休上班日期。",
      sourceNone: "未使用法定节假日日历；需要时请在下表中自行添加放假或调休上班的日期。",
      uncovered: "⚠ 节假日数据只到 {last} 年：{from} 起的放假和调休请自行添加（未添加的日期按平常的工作日计算）。",
    },
  },
  "zh-TW": {
    ...PLAN_WORDS["zh-TW"],
    sheetNames: { inputs: "輸入", sprint: "{days}天衝刺計畫", targets: "目標表", funnel: "銷售漏斗" },
    yes: "是",
    no: "否",
    weekdays: ["週一", "週二", "週三", "週四", "週五", "週六", "週日"],
    phases: ["客戶篩選與分類", "集中開發A類客戶", "產品演示與談判", "成交與跟進"],
    phaseRoles: ["銷售經理", "銷售代表", "銷售代表", "銷售代表"],
    phaseStrategies: [
      "用CRM篩選潛在客戶，按A/B/C分級；A類客戶投入70%的時間",
      "集中跟進A類客戶：電話+郵件+社群多管道接觸，預約產品演示",
      "依客戶需求客製演示；以價值為導向談判，及時送出報價",
      "識別成交訊號並促單；簽約後跟進交付，爭取轉介紹",
    ],
    status: { achieved: "達成", notAchieved: "未達成" },
    targetTypes: {
      revenue: "銷售額",
      units: "數量",
      newCustomers: "新客戶數",
      collection: "回款率",
      margin: "利潤率",
      marketShare: "市場佔有率",
      retention: "留存/續約率",
    },
    defaultOwnerStrategy: "A類客戶優先（70%時間）；每天完成電話和郵件目標；每週復盤調整",
    defaultOwner: "銷售代表{n}",
    total: "合計",
    inputs: {
      title: "銷售衝刺規劃 · 輸入",
      hint: "黃色儲存格可以修改，其餘數值由公式自動計算。「名稱」欄中的名稱可直接用在您自己的公式裡。",
      headers: { item: "項目", value: "數值", name: "名稱", note: "說明" },
      activityBelow: "⚠ 低於漏斗所需的每人每個工作日 {need}",
      sections: { sprint: "衝刺", funnel: "漏斗與活動", thresholds: "門檻與目標檔位", progress: "進度（自動計算）" },
      items: {
        SprintTarget: { label: "衝刺目標（銷售額）", note: "本次衝刺要達成的銷售額" },
        AvgOrderValue: { label: "平均訂單金額", note: "歷史平均每筆訂單金額" },
        ConversionRate: { label: "轉化率（線索→成交）", note: "例如 5%" },
        SprintStart: { label: "開始日期", note: "衝刺第1天" },
        SprintDays: { label: "衝刺天數", note: "計畫表的天數；要改變天數請重新產生計畫" },
        IncludeWeekends: { label: "週末算工作日", note: "選「是」則週六、週日也分配目標（工作日曆中的放假日除外）" },
        WorkingDays: { label: "工作日數", note: "衝刺期內分配目標的天數：週一至週五，去掉下方工作日曆中的放假日，加上補班日" },
        WeekWorkingDays: { label: "完整一週的工作日", note: "週一至週五為 5 天；週末算工作日時為 7 天" },
        WeeklyTarget: { label: "週目標", note: "完整工作週的計畫銷售額：衝刺目標 × 完整一週的工作日 ÷ 工作日數；有假日的週按本週工作日計" },
        PhaseDays: { label: "每階段天數", note: "衝刺天數÷4 取整；第4階段包含剩餘天數" },
        TeamSize: { label: "負責人數", note: "目標表中的負責人個數" },
        DealsExact: { label: "成交數（未取整）", note: "目標 ÷ 平均訂單金額" },
        RequiredDeals: { label: "所需成交數", note: "無條件進位" },
        LeadsExact: { label: "線索數（未取整）", note: "目標 ÷ 平均訂單金額 ÷ 轉化率" },
        RequiredLeads: { label: "所需線索數", note: "無條件進位（忽略浮點誤差）" },
        DailyCalls: { label: "每人每個工作日電話數", note: "空：依計畫（初步接觸數，每次接觸一通電話）；填數字：每人每個工作日都用此數" },
        DailyEmails: { label: "每人每個工作日郵件數", note: "空：依計畫（所需線索數，每條線索一封郵件）；填數字：每人每個工作日都用此數" },
        PipelineValue: { label: "在手商機金額", note: "目前未成交商機的總金額，用於漏斗覆蓋率" },
        ThresholdRed: { label: "紅色門檻（達成率低於）", note: "達成率低於此值顯示紅色" },
        ThresholdGreen: { label: "綠色門檻（達成率不低於）", note: "達成率不低於此值顯示綠色並記為達成；其間為黃色" },
        CoverageWarn: { label: "漏斗覆蓋率預警", note: "在手商機 ÷ 剩餘目標低於此值：黃色預警" },
        NewOppWarn: { label: "新增商機預警", note: "新增線索低於計畫的此比例：紅色預警" },
        ActivityWarn: { label: "活動完成率提醒", note: "電話、郵件、演示完成率低於此值：提醒" },
        BaseTier: { label: "基礎目標比例", note: "基礎目標 = 目標 × 此比例" },
        ChallengeTier: { label: "挑戰目標比例", note: "挑戰目標 = 目標 × 此比例" },
        LastReportedDay: { label: "已填報至第幾天", note: "填寫了實際數據的最後一天" },
        WorkingDaysElapsed: { label: "已過工作日", note: "截至已填報日的工作日數" },
      },
    },
    sprint: {
      title: "{days}天銷售衝刺計畫",
      kpis: {
        target: "衝刺目標",
        actualToDate: "累計實際",
        pacing: "進度目標（截至填報日）",
        attainment: "達成率（對進度）",
        projected: "依目前速度預估總額",
        requiredDaily: "剩餘每個工作日需完成",
        coverage: "漏斗覆蓋率",
        newOpps: "新增線索/計畫",
        activity: "活動完成率",
      },
      flags: {
        coverage: "⚠ 覆蓋率低於 {pct}",
        newOpps: "⚠ 新增線索低於計畫的 {pct}",
        activity: "⚠ 活動完成率低於 {pct}",
      },
      plan: "計畫{metric}",
      actual: "實際{metric}",
      need: "漏斗所需（依目標反推）",
      needShort: "⚠ 計畫低於漏斗所需：紅色欄的每人每日數偏低（見輸入表）",
      metrics: {
        leads: "線索",
        calls: "電話",
        emails: "郵件",
        demos: "演示",
        quotes: "報價",
        deals: "成交",
        revenue: "銷售額",
      },
      columns: {
        day: "天",
        date: "日期",
        weekday: "星期",
        working: "工作日",
        phase: "階段",
        phaseNo: "階段#",
        week: "週",
        workIndex: "工作日#",
        cumPlan: "累計計畫",
        cumActual: "累計實際",
        attainment: "達成率",
        status: "狀態",
        activity: "活動完成率",
        projected: "預估總額",
        required: "剩餘日均需",
        reported: "已填報",
      },
      weeklyTitle: "每週彙總",
      weeklyTarget: "週目標 = 完整工作週的計畫銷售額（衝刺目標 × 完整一週的工作日 ÷ 工作日數）；上表每週的計畫按本週工作日計",
      weekly: {
        week: "週",
        from: "開始",
        to: "結束",
        workingDays: "工作日",
        phase: "階段",
        keyFigure: "關鍵指標",
        keyPlan: "指標計畫",
        keyActual: "指標實際",
        plan: "計畫銷售額",
        actual: "實際銷售額",
        attainment: "達成率",
      },
      chartName: "累計完成圖",
      chartTitle: "{chart}：銷售額計畫與實際",
      chartPlan: "累計計畫",
      chartActual: "累計實際",
    },
    targets: {
      title: "目標表",
      hint: "目標依權重分配，合計正好等於衝刺目標。週目標 = 目標 × 完整一週的工作日 ÷ 工作日數（完整工作週的計畫）。黃色儲存格可修改。",
      columns: {
        owner: "責任主體",
        weight: "權重",
        type: "目標類型",
        target: "衝刺目標",
        weekly: "週目標",
        base: "基礎目標",
        challenge: "挑戰目標",
        strategy: "關鍵策略",
        actual: "實際完成",
        attainment: "達成率",
      },
      phaseTitle: "衝刺階段與策略",
      phaseColumns: {
        phaseNo: "階段#",
        phase: "主要任務",
        from: "開始",
        to: "結束",
        keyFigure: "關鍵指標",
        keyPlan: "指標計畫",
        role: "負責人",
        strategy: "關鍵策略",
      },
    },
    funnel: {
      title: "銷售漏斗",
      hint: "所需數量由所需線索數和計畫佔比推算。實際數量 = 期初數量 + 日報中對應指標的合計（{mapping}），隨日報自動更新；期初數量填使用日報之前已有的數量。轉化率低於基準最多的階段標為瓶頸。",
      pair: "{stage}＝{metric}",
      fromLog: "日報：{metric}",
      typed: "手動填寫（日報未記錄）",
      columns: {
        stage: "階段",
        benchmark: "基準佔比",
        planned: "計畫佔比",
        required: "所需數量",
        opening: "期初數量",
        actual: "實際數量",
        source: "來源",
        attainment: "完成率",
        conversion: "實際轉化率",
        benchmarkConversion: "基準轉化率",
        vsBenchmark: "對比基準",
        bottleneck: "瓶頸",
      },
      bottleneck: "⚠ 瓶頸",
      summaryTitle: "線索節奏",
      summary: {
        leadsPerWeek: "每週線索",
        leadsPerDay: "每個工作日線索",
        leadsPerOwnerDay: "每人每個工作日線索",
        dealsPerOwnerDay: "每人每個工作日成交",
      },
    },
    validation: {
      title: "輸入無效",
      whole: "請輸入 {min} 到 {max} 之間的整數。",
      decimal: "請輸入 {min} 到 {max} 之間的數字。",
      decimalMin: "請輸入不小於 {min} 的數字。",
      date: "請輸入日期，例如 2025-03-03。",
      list: "請從清單中選擇。",
    },
    print: { period: "{from} 至 {to}", pageOf: "第 {page} 頁，共 {pages} 頁" },
    calendar: {
      section: "工作日曆（放假與補班）",
      headers: { date: "日期", kind: "類型", name: "名稱" },
      kinds: { off: "放假", work: "補班" },
      hint: "表中「補班」的日期是工作日，其他列出的日期都不分配目標；未列出的日期按週一至週五（或「週末算工作日」）計算。可自行新增公司假日或刪除列，所有數字隨之更新。",
      sourceCn: "已按中國大陸國務院公布的節假日安排（{first}–{last} 年）填入本衝刺的放假和補班日期。",
      sourceNone: "未使用法定節假日日曆；需要時請在下表中自行新增放假或補班的日期（例如台灣的國定假日）。",
      uncovered: "⚠ 節假日資料只到 {last} 年：{from} 起的放假和補班請自行新增（未新增的日期按平常的工作日計算）。",
    },
  },
  en: {
    ...PLAN_WORDS.en,
    sheetNames: { inputs: "Inputs", sprint: "{days}-Day Sprint", targets: "Targets", funnel: "Funnel" },
    yes: "Yes",
    no: "No",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    phases: ["Screen & classify (A/B/C)", "Develop A-class customers", "Demos & negotiation", "Close & follow up"],
    phaseRoles: ["Sales manager", "Sales reps", "Sales reps", "Sales reps"],
    phaseStrategies: [
      "Screen prospects in the CRM and grade them A/B/C; give A-class customers 70% of the time",
      "Work A-class customers through calls, emails and social media; book demos",
      "Tailor demos to each customer's needs; negotiate on value and send quotes promptly",
      "Spot buying signals and close; follow up delivery after signing and ask for referrals",
    ],
    status: { achieved: "Achieved", notAchieved: "Not achieved" },
    targetTypes: {
      revenue: "Revenue",
      units: "Units",
      newCustomers: "New customers",
      collection: "Collection rate",
      margin: "Margin",
      marketShare: "Market share",
      retention: "Retention/renewal",
    },
    defaultOwnerStrategy: "A-class customers first (70% of time); hit daily call and email targets; review weekly",
    defaultOwner: "Rep {n}",
    total: "Total",
    inputs: {
      title: "Sales Sprint Planner · Inputs",
      hint: "Yellow cells are yours to change; every other figure is a formula. The names in the Name column work in your own formulas.",
      headers: { item: "Item", value: "Value", name: "Name", note: "Note" },
      activityBelow: "⚠ below the {need} per owner and working day the funnel needs",
      sections: { sprint: "Sprint", funnel: "Funnel and activity", thresholds: "Thresholds and tiers", progress: "Progress (calculated)" },
      items: {
        SprintTarget: { label: "Sprint target (revenue)", note: "Revenue to reach in this sprint" },
        AvgOrderValue: { label: "Average order value", note: "Historical average per order" },
        ConversionRate: { label: "Conversion rate (lead → deal)", note: "For example 5%" },
        SprintStart: { label: "Start date", note: "Day 1 of the sprint" },
        SprintDays: { label: "Sprint length (days)", note: "Days in the plan; generate a new plan to change it" },
        IncludeWeekends: { label: "Weekends are working days", note: "Yes: Saturdays and Sundays get targets too (except days off in the working calendar)" },
        WorkingDays: { label: "Working days", note: "Days in the sprint that get targets: Monday to Friday, less the days off in the working calendar below, plus its make-up working days" },
        WeekWorkingDays: { label: "Working days in a full week", note: "5 (Monday to Friday); 7 when weekends count" },
        WeeklyTarget: { label: "Weekly target", note: "Planned revenue of a full working week: target × working days in a full week ÷ working days; a week with days off gets its own days' share" },
        PhaseDays: { label: "Days per phase", note: "Days ÷ 4, rounded down; phase 4 takes the rest" },
        TeamSize: { label: "Owners", note: "Number of owners in the target table" },
        DealsExact: { label: "Deals (unrounded)", note: "Target ÷ average order value" },
        RequiredDeals: { label: "Deals needed", note: "Rounded up" },
        LeadsExact: { label: "Leads (unrounded)", note: "Target ÷ average order value ÷ conversion rate" },
        RequiredLeads: { label: "Leads needed", note: "Rounded up, ignoring floating-point noise" },
        DailyCalls: { label: "Calls per owner per working day", note: "Blank: from the plan (one call per contacted lead); a number: every owner's figure each working day" },
        DailyEmails: { label: "Emails per owner per working day", note: "Blank: from the plan (one email per lead needed); a number: every owner's figure each working day" },
        PipelineValue: { label: "Open pipeline value", note: "Total value of open opportunities, for pipeline coverage" },
        ThresholdRed: { label: "Red below (attainment)", note: "Attainment below this is red" },
        ThresholdGreen: { label: "Green from (attainment)", note: "Attainment at or above this is green and counts as achieved; yellow in between" },
        CoverageWarn: { label: "Pipeline coverage warning", note: "Open pipeline ÷ remaining target below this: yellow warning" },
        NewOppWarn: { label: "New opportunities warning", note: "New leads below this share of plan: red warning" },
        ActivityWarn: { label: "Activity completion reminder", note: "Calls, emails and demos below this share of plan: reminder" },
        BaseTier: { label: "Base target tier", note: "Base target = target × this" },
        ChallengeTier: { label: "Challenge target tier", note: "Challenge target = target × this" },
        LastReportedDay: { label: "Reported through day", note: "Last day with actuals entered" },
        WorkingDaysElapsed: { label: "Working days elapsed", note: "Working days up to the last reported day" },
      },
    },
    sprint: {
      title: "{days}-Day Sales Sprint Plan",
      kpis: {
        target: "Sprint target",
        actualToDate: "Actual to date",
        pacing: "Pacing target to date",
        attainment: "Attainment vs pacing",
        projected: "Projected total (run rate)",
        requiredDaily: "Needed per remaining working day",
        coverage: "Pipeline coverage",
        newOpps: "New leads vs plan",
        activity: "Activity completion",
      },
      flags: {
        coverage: "⚠ Coverage below {pct}",
        newOpps: "⚠ New leads below {pct} of plan",
        activity: "⚠ Activity below {pct}",
      },
      plan: "Plan {metric}",
      actual: "Actual {metric}",
      need: "The funnel needs (from the target)",
      needShort: "⚠ The plan is below what the funnel needs: the red columns' per-rep daily figure is too low (Inputs)",
      metrics: {
        leads: "leads",
        calls: "calls",
        emails: "emails",
        demos: "demos",
        quotes: "quotes",
        deals: "deals",
        revenue: "revenue",
      },
      columns: {
        day: "Day",
        date: "Date",
        weekday: "Weekday",
        working: "Working",
        phase: "Phase",
        phaseNo: "Phase #",
        week: "Week",
        workIndex: "Working day #",
        cumPlan: "Cumulative plan",
        cumActual: "Cumulative actual",
        attainment: "Attainment",
        status: "Status",
        activity: "Activity completion",
        projected: "Projected total",
        required: "Needed per day",
        reported: "Reported",
      },
      weeklyTitle: "Weekly summary",
      weeklyTarget: "Weekly target = planned revenue of a full working week (target × working days in a full week ÷ working days); each week above plans its own working days' share",
      weekly: {
        week: "Week",
        from: "From",
        to: "To",
        workingDays: "Working days",
        phase: "Phase",
        keyFigure: "Key figure",
        keyPlan: "Key plan",
        keyActual: "Key actual",
        plan: "Plan revenue",
        actual: "Actual revenue",
        attainment: "Attainment",
      },
      chartName: "Burn-up",
      chartTitle: "{chart}: revenue plan vs actual",
      chartPlan: "Cumulative plan",
      chartActual: "Cumulative actual",
    },
    targets: {
      title: "Target table",
      hint: "Targets are split by weight and add up exactly to the sprint target. Weekly target = target × working days in a full week ÷ working days (a full working week's plan). Yellow cells are yours to change.",
      columns: {
        owner: "Owner",
        weight: "Weight",
        type: "Target type",
        target: "Sprint target",
        weekly: "Weekly target",
        base: "Base target",
        challenge: "Challenge target",
        strategy: "Key strategy",
        actual: "Actual",
        attainment: "Attainment",
      },
      phaseTitle: "Sprint phases and strategies",
      phaseColumns: {
        phaseNo: "Phase #",
        phase: "Focus",
        from: "From",
        to: "To",
        keyFigure: "Key figure",
        keyPlan: "Key plan",
        role: "Owner",
        strategy: "Key strategy",
      },
    },
    funnel: {
      title: "Sales funnel",
      hint: "Required counts follow from the leads needed and the planned shares. Actual = opening + the daily log's total of the stage's metric ({mapping}), updated with every report; type in Opening what you had before using the log. The stage whose conversion falls furthest below its benchmark is the bottleneck.",
      pair: "{stage} = {metric}",
      fromLog: "Log: {metric}",
      typed: "Typed (not in the log)",
      columns: {
        stage: "Stage",
        benchmark: "Benchmark share",
        planned: "Planned share",
        required: "Required",
        opening: "Opening",
        actual: "Actual",
        source: "Source",
        attainment: "Completion",
        conversion: "Actual conversion",
        benchmarkConversion: "Benchmark conversion",
        vsBenchmark: "vs benchmark",
        bottleneck: "Bottleneck",
      },
      bottleneck: "⚠ Bottleneck",
      summaryTitle: "Lead pace",
      summary: {
        leadsPerWeek: "Leads per week",
        leadsPerDay: "Leads per working day",
        leadsPerOwnerDay: "Leads per owner per working day",
        dealsPerOwnerDay: "Deals per owner per working day",
      },
    },
    validation: {
      title: "Invalid entry",
      whole: "Enter a whole number from {min} to {max}.",
      decimal: "Enter a number from {min} to {max}.",
      decimalMin: "Enter a number of at least {min}.",
      date: "Enter a date, e.g. 2025-03-03.",
      list: "Choose a value from the list.",
    },
    print: { period: "{from} – {to}", pageOf: "Page {page} of {pages}" },
    calendar: {
      section: "Working calendar (days off and make-up working days)",
      headers: { date: "Date", kind: "Kind", name: "Name" },
      kinds: { off: "Day off", work: "Working day" },
      hint: "A date listed as “Working day” gets targets; any other listed date gets none; unlisted dates follow Monday to Friday (or “Weekends are working days”). Add your company's days off or delete lines: every figure follows.",
      sourceCn: "Filled with mainland China's public holidays and make-up working days for this sprint, from the State Council's notices ({first}–{last}).",
      sourceNone: "No public-holiday calendar chosen; list your days off and make-up working days below if you have any.",
      uncovered: "⚠ The holiday data ends with {last}: add the days off and make-up working days from {from} yourself (unlisted dates count as ordinary days).",
    },
  },
};

/** Sheet strings of one language. */
export function sheetStrings(locale: Locale): SheetStrings {
  return SHEET_STRINGS[locale];
}

/** Default owners "销售代表1…n" / "Rep 1…n" in the plan's language. */
export function defaultOwners(locale: Locale, n: number): OwnerInput[] {
  return Array.from({ length: n }, (_, i) => ({ name: format(sheetStrings(locale).defaultOwner, { n: i + 1 }) }));
}
