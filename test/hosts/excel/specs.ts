/**
 * Synthetic workbook specs shaped like the real sprint workbook (src/workbook builders):
 * an inputs sheet with defined names, a sprint sheet with one row per day × 25 columns
 * (actual columns are input cells), a target table with one row per owner × 9 columns,
 * conditional formats, validations, merges, frozen panes, a chart, page setup.
 * Shared by the host tests and the bench.
 */
import { colLetter } from "../../../src/workbook/a1";
import { PAGE_MARGINS } from "../../../src/workbook/print";
import type { BlockSpec, CellSpec, PageHeaderSpec, SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";

export interface SynthOptions {
  owners: number;
  days: number;
  /** Sheet names (defaults: the zh-CN ones). */
  names?: { inputs?: string; sprint?: string; targets?: string };
  /** Include a chart on the sprint sheet. */
  chart?: boolean;
}

export const SPRINT_HEADER_ROW = 4;
export const SPRINT_FIRST_DAY_ROW = 5;
/** Columns of the sprint sheet the team fills (1-based): actual leads … actual revenue. */
export const SPRINT_ACTUAL_COLS = [14, 15, 16, 17, 18, 19];
export const TARGET_FIRST_ROW = 2;
export const TARGET_STRATEGY_COL = 7;
export const TARGET_ACTUAL_COL = 8;

const hdr = (v: string): CellSpec => ({ v, style: { bold: true, fill: "#1F4E78", color: "#FFFFFF", hAlign: "center", border: true } });

export function ownerName(i: number): string {
  // Two of every 7 owners' names start with "=" or "-": they must land as text.
  if (i % 7 === 3) return `=销售${i + 1}`;
  if (i % 7 === 4) return `-${i + 1} 组`;
  return `销售${i + 1}`;
}

const HEADER: PageHeaderSpec = { title: "三月冲刺", period: "2025-10-01 至 2025-10-30", pageOf: "第 {page} 页，共 {pages} 页" };

export function synthSpec(opts: SynthOptions): WorkbookSpec {
  const inputs = opts.names?.inputs ?? "输入";
  const sprint = opts.names?.sprint ?? `${opts.days}天冲刺计划`;
  const targets = opts.names?.targets ?? "目标表";
  const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;

  // ---- inputs -------------------------------------------------------------------------
  const inputRows: [string, number, string][] = [
    ["冲刺目标", 500000, "#,##0"],
    ["客单价", 5000, "#,##0"],
    ["转化率", 0.05, "0.0%"],
    ["开始日期", 45931, "yyyy-mm-dd"],
    ["冲刺天数", opts.days, "0"],
  ];
  const inputsSheet: SheetSpec = {
    key: "inputs",
    name: inputs,
    tabColor: "#1F4E78",
    columns: [{ width: 18 }, { width: 14 }, { width: 30 }],
    blocks: [
      {
        at: "A1",
        cells: [
          [{ v: "冲刺输入", style: { bold: true, fontSize: 14 } }, {}, {}],
          [hdr("项目"), hdr("数值"), hdr("说明")],
          ...inputRows.map(([label, v, fmt]): CellSpec[] => [{ v: label }, { v, fmt, input: true }, { v: `${label}（可修改）`, note: label === "转化率" ? "线索到成交" : undefined }]),
        ],
      },
    ],
    merges: ["A1:C1"],
    conditionalFormats: [],
    validations: [
      { kind: "decimal", range: "B3:B4", min: 0, allowBlank: false, errorTitle: "输入错误", error: "请输入非负数" },
      { kind: "decimal", range: "B5", min: 0, max: 1, allowBlank: false, errorTitle: "输入错误", error: "0 到 100% 之间" },
    ],
    charts: [],
    pageSetup: { orientation: "portrait", paper: "A4", margins: PAGE_MARGINS, scale: { pagesWide: 1, pagesTall: null }, pageOrder: "downThenOver", rowBreaks: [], columnBreaks: [], header: HEADER },
  };

  // ---- sprint sheet: one row per day × 25 columns ------------------------------------------
  const headers = [
    "天", "日期", "星期", "工作日", "周", "阶段", "计划线索", "计划电话", "计划邮件", "计划演示", "计划报价", "计划成交", "计划收入",
    "实际线索", "实际电话", "实际邮件", "实际演示", "实际成交", "实际收入", "累计计划", "累计实际", "达成率", "状态", "进度目标", "所需日均",
  ];
  const first = SPRINT_FIRST_DAY_ROW;
  const last = first + opts.days - 1;
  const dayRows: CellSpec[][] = [];
  for (let d = 0; d < opts.days; d++) {
    const r = first + d;
    const row: CellSpec[] = [
      { v: d + 1 },
      { f: `SprintStart+A${r}-1`, fmt: "yyyy-mm-dd" },
      { f: `TEXT(B${r},"ddd")` },
      { f: `IF(WEEKDAY(B${r},2)<6,1,0)` },
      { f: `INT((A${r}-1)/7)+1` },
      { v: ["客户筛选与分类", "集中开发A类客户", "产品演示与谈判", "成交与跟进"][Math.min(3, Math.floor(d / 7))] },
      { f: `ROUND(SprintTarget/AvgOrderValue/ConversionRate/SprintDays*D${r},0)`, fmt: "0" },
      { v: 20 * ((d % 7) < 5 ? 1 : 0) },
      { v: 30 * ((d % 7) < 5 ? 1 : 0) },
      { v: 2 },
      { v: 1 },
      { v: 1 },
      { f: `SprintTarget/SUM($D$${first}:$D$${last})*D${r}`, fmt: "#,##0" },
      ...SPRINT_ACTUAL_COLS.map((c): CellSpec => ({ input: true, fmt: c === 19 ? "#,##0" : "0" })),
      { f: `SUM($M$${first}:M${r})`, fmt: "#,##0" },
      { f: `IF(COUNT($S$${first}:S${r})=0,"",SUM($S$${first}:S${r}))`, fmt: "#,##0" },
      { f: `IF(S${r}="","",S${r}/M${r})`, fmt: "0%" },
      { f: `IF(S${r}="","",IF(S${r}>=M${r},"达成","未达成"))` },
      { f: `SprintTarget*A${r}/SprintDays`, fmt: "#,##0" },
      { f: `IF(SprintDays-A${r}<=0,0,(SprintTarget-U${r})/(SprintDays-A${r}))`, fmt: "#,##0" },
    ];
    dayRows.push(row);
  }
  const sprintBlocks: BlockSpec[] = [
    { at: "A1", cells: [[{ v: `${opts.days}天销售冲刺计划`, style: { bold: true, fontSize: 16 } }]] },
    { at: "A2", cells: [[{ v: "目标" }, { f: "SprintTarget", fmt: "#,##0" }, { v: "天数" }, { f: "SprintDays" }]] },
    { at: `A${SPRINT_HEADER_ROW}`, cells: [headers.map(hdr)] },
    { at: `A${first}`, cells: dayRows },
  ];
  const sprintSheet: SheetSpec = {
    key: "sprint",
    name: sprint,
    tabColor: "#C00000",
    columns: headers.map((_, i) => ({ width: i < 6 ? 8 : 11, hidden: i === 3 })),
    blocks: sprintBlocks,
    freeze: { rows: SPRINT_HEADER_ROW, columns: 2 },
    merges: ["A1:F1"],
    conditionalFormats: [
      { kind: "expression", range: `V${first}:V${last}`, formula: `AND(V${first}<>"",V${first}<0.8)`, style: { fill: "#F8CBAD", color: "#9C0006" }, priority: 1 },
      { kind: "expression", range: `V${first}:V${last}`, formula: `AND(V${first}<>"",V${first}>=0.8,V${first}<1)`, style: { fill: "#FFEB9C" }, priority: 2 },
      { kind: "expression", range: `V${first}:V${last}`, formula: `AND(V${first}<>"",V${first}>=1)`, style: { fill: "#C6EFCE", bold: true }, priority: 3 },
    ],
    validations: [
      {
        kind: "decimal",
        range: `${colLetter(SPRINT_ACTUAL_COLS[0])}${first}:${colLetter(SPRINT_ACTUAL_COLS[SPRINT_ACTUAL_COLS.length - 1])}${last}`,
        min: 0,
        allowBlank: true,
        errorTitle: "实际值",
        error: "请输入非负数",
        prompt: "填写当天实际完成数",
      },
    ],
    charts:
      opts.chart === false
        ? []
        : [
            {
              kind: "line",
              title: "累计收入：计划 vs 实际",
              anchor: "AA4:AI22",
              series: [
                { name: "累计计划", categories: `${q(sprint)}!$B$${first}:$B$${last}`, values: `${q(sprint)}!$T$${first}:$T$${last}`, color: "#1F4E78" },
                { name: "累计实际", categories: `${q(sprint)}!$B$${first}:$B$${last}`, values: `${q(sprint)}!$U$${first}:$U$${last}`, color: "#C00000" },
              ],
            },
          ],
    // Two pages wide (plan | actuals), a band of rows per page, a manual page break before day 21.
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      margins: PAGE_MARGINS,
      scale: { percent: 75 },
      printTitleRows: `${SPRINT_HEADER_ROW}:${SPRINT_HEADER_ROW}`,
      printTitleColumns: "A:B",
      pageOrder: "overThenDown",
      rowBreaks: opts.days > 20 ? [SPRINT_FIRST_DAY_ROW + 20] : [],
      columnBreaks: [SPRINT_ACTUAL_COLS[0]],
      header: HEADER,
    },
  };

  // ---- target table: one row per owner × 9 columns ------------------------------------
  const tFirst = TARGET_FIRST_ROW;
  const tLast = tFirst + opts.owners - 1;
  const ownerRows: CellSpec[][] = [];
  for (let i = 0; i < opts.owners; i++) {
    const r = tFirst + i;
    ownerRows.push([
      { v: ownerName(i) },
      { v: "销售额" },
      { f: `ROUND(SprintTarget/${opts.owners},0)`, fmt: "#,##0" },
      { f: `C${r}/(SprintDays/7)`, fmt: "#,##0" },
      { f: `C${r}*0.8`, fmt: "#,##0" },
      { f: `C${r}*1.2`, fmt: "#,##0" },
      { v: "重点攻坚A类客户", input: true, style: { wrap: true } },
      { input: true, fmt: "#,##0" },
      { f: `IF(H${r}="","",H${r}/C${r})`, fmt: "0%" },
    ]);
  }
  const targetSheet: SheetSpec = {
    key: "targets",
    name: targets,
    tabColor: "#548235",
    columns: [{ width: 12 }, { width: 10 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 12 }, { width: 28 }, { width: 12 }, { width: 10 }],
    blocks: [
      { at: "A1", cells: [["责任主体", "目标类型", "冲刺目标", "周均目标", "基础目标", "挑战目标", "关键策略", "实际", "达成率"].map(hdr)] },
      { at: `A${tFirst}`, cells: ownerRows },
      {
        at: `A${tLast + 2}`,
        cells: [[{ v: "合计", style: { bold: true } }, {}, { f: `SUM(C${tFirst}:C${tLast})`, fmt: "#,##0" }, {}, {}, {}, { v: "计划合计" }, { f: `SUM(${q(sprint)}!M${first}:M${last})`, fmt: "#,##0" }, {}]],
      },
    ],
    freeze: { rows: 1, columns: 1 },
    conditionalFormats: [
      { kind: "expression", range: `I${tFirst}:I${tLast}`, formula: `AND(I${tFirst}<>"",I${tFirst}<0.8)`, style: { fill: "#F8CBAD" }, priority: 1 },
      { kind: "expression", range: `I${tFirst}:I${tLast}`, formula: `AND(I${tFirst}<>"",I${tFirst}>=1)`, style: { fill: "#C6EFCE" }, priority: 2 },
    ],
    validations: [{ kind: "decimal", range: `H${tFirst}:H${tLast}`, min: 0, allowBlank: true, errorTitle: "实际", error: "请输入非负数" }],
    charts: [],
    pageSetup: { orientation: "landscape", paper: "A4", margins: PAGE_MARGINS, scale: { pagesWide: 1, pagesTall: 1 }, printTitleRows: "1:1", pageOrder: "downThenOver", rowBreaks: [], columnBreaks: [], header: HEADER },
  };

  const ref = (cell: string): string => `${q(inputs)}!${cell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`;
  return {
    locale: "zh-CN",
    sheets: [inputsSheet, sprintSheet, targetSheet],
    names: [
      { name: "SprintTarget", ref: ref("B3"), comment: "冲刺目标" },
      { name: "AvgOrderValue", ref: ref("B4") },
      { name: "ConversionRate", ref: ref("B5") },
      { name: "SprintStart", ref: ref("B6") },
      { name: "SprintDays", ref: ref("B7") },
    ],
  };
}
