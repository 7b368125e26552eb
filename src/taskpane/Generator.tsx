/**
 * The sprint generator tab: the form, the live summary, and the three actions that write into
 * the workbook (generate, re-plan, make shareable), with their dialogs, progress and outcome.
 *
 * Everything goes through the `WorkbookHost` it is given (Excel, the browser preview or a test
 * fake); no Office call here. Errors are shown, never swallowed: each action ends in a message
 * bar that gives the reason and what to do.
 */
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Subtitle2,
  Switch,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useCardStyles } from "./styles";
import {
  nextFreeSheetNames,
  type CustomFunctionCells,
  type HostFeature,
  type ShareScope,
  type WorkbookHost,
  type WriteMode,
  type WriteProgress,
  type WriteResult,
} from "../hosts/host";
import { isHostError } from "../hosts/host";
import { format, type Locale } from "../i18n/locale";
import { UI, type UiStrings } from "../i18n/ui";
import { DEFAULT_FUNNEL } from "../domain/funnel";
import { isoToSerial } from "../domain/dates";
import { isSalesError } from "../domain/errors";
import type { ReplanResult } from "../domain/replan";
import {
  ACTIVITY_FIELDS,
  ADVANCED_FIELDS,
  FIELD_ORDER,
  THRESHOLD_FIELDS,
  activityLabel,
  checkForm,
  defaultForm,
  describeImport,
  fieldLabel,
  formatNumber,
  formatOwners,
  importOwners,
  restoreForm,
  serializeForm,
  thresholdLabel,
  todayIso,
  type FieldId,
  type FormState,
  type ImportResult,
} from "./form";
import { describeError } from "./hostErrors";
import type { PaneDialog } from "./Dialogs";
import { Summary } from "./Summary";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  sectionTitle: { margin: 0, padding: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalM,
    "& > *": { minWidth: 0 },
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  control: { minWidth: 0, width: "100%" },
  ownersActions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  advancedPanel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fieldError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  reason: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  message: { minWidth: 0, maxWidth: "100%" },
  messageBody: { minWidth: 0, overflowWrap: "anywhere" },
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  dialogActions: { flexWrap: "wrap" },
  optionHint: { display: "block", color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS },
  shareList: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Busy =
  | { kind: "write"; action: "generate" | "replan"; progress: WriteProgress }
  | { kind: "actuals" | "scan" | "freeze" | "import" | "open" };

type Outcome =
  | { kind: "written"; result: WriteResult; replan?: ReplanResult; target?: number }
  | { kind: "error"; error: unknown; retry?: () => void }
  | { kind: "unsupported"; missing: string[] }
  | { kind: "shared"; result: CustomFunctionCells }
  | { kind: "shareNone"; scope: ShareScope }
  | { kind: "needsPlan"; sheet: string };

type DialogState = PaneDialog | null;

/** The dialogs, loaded the first time one opens. */
const Dialogs = lazy(() => import(/* webpackChunkName: "dialogs", webpackPrefetch: true */ "./Dialogs"));

export interface GeneratorProps {
  host: WorkbookHost;
  locale: Locale;
  /** The clock (tests fix it): default start date and the date of a re-plan. */
  now: () => Date;
}

const FEATURE_KEY: Record<HostFeature, keyof UiStrings> = {
  dataValidation: "featureDataValidation",
  pageSetup: "featurePageSetup",
  notes: "featureNotes",
};

/** The spec builders, loaded when the user first writes (they are not needed to fill in the form). */
const loadWriter = (): Promise<typeof import("./writeSpec")> => import(/* webpackChunkName: "writer", webpackPrefetch: true */ "./writeSpec");

function progressText(busy: Busy, t: UiStrings): string {
  if (busy.kind !== "write") {
    const texts: Record<Exclude<Busy["kind"], "write">, string> = {
      actuals: t.stepActuals,
      scan: t.stepScan,
      freeze: t.stepFreeze,
      import: t.importing,
      open: t.stepRead,
    };
    return texts[busy.kind];
  }
  const p = busy.progress;
  switch (p.step) {
    case "read":
      return t.stepRead;
    case "write":
      return p.batches && p.batches > 1 ? format(t.stepWriteBatch, { batch: p.batch ?? 1, batches: p.batches }) : t.stepWrite;
    case "rollback":
      return t.stepRollback;
    case "done":
      return t.stepDone;
  }
}

function progressValue(busy: Busy): number | undefined {
  if (busy.kind !== "write") return undefined;
  const p = busy.progress;
  if (p.step === "read") return 0.2;
  if (p.step === "write") return 0.3 + (0.6 * ((p.batch ?? 1) - 1)) / Math.max(1, p.batches ?? 1);
  if (p.step === "done") return 1;
  return undefined;
}

type SmartModule = typeof import("../domain/smart");

/**
 * The SMART checker (its keyword patterns and message catalog), loaded when a goal sentence is
 * first typed: most sprints are planned without one.
 */
function useSmartCheck(wanted: boolean): SmartModule | null {
  const [mod, setMod] = useState<SmartModule | null>(null);
  useEffect(() => {
    if (!wanted || mod) return;
    let live = true;
    void import(/* webpackChunkName: "smart", webpackPrefetch: true */ "../domain/smart").then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  return mod;
}

export function Generator({ host, locale, now }: GeneratorProps): JSX.Element {
  const styles = useStyles();
  const { card } = useCardStyles();
  const t = UI[locale];
  const id = useId("gen");
  const fid = (f: string): string => `${id}-${f}`;

  const [form, setForm] = useState<FormState>(() => defaultForm(now()));
  const [touched, setTouched] = useState<ReadonlySet<FieldId>>(() => new Set());
  const [sheetNames, setSheetNames] = useState<string[]>([]);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [restored, setRestored] = useState(false);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [imported, setImported] = useState<ImportResult | { ok: false; error: unknown } | null>(null);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [replanDate, setReplanDate] = useState(() => todayIso(now()));
  const [shareScope, setShareScope] = useState<ShareScope>("workbook");
  const busyRef = useRef(false);
  const pristine = useRef(true);

  const check = useMemo(() => checkForm(form, locale), [form, locale]);
  const smartCheck = useSmartCheck(form.goal.trim() !== "");
  const smart = useMemo(() => {
    if (!smartCheck || form.goal.trim() === "") return null;
    const r = smartCheck.smartScore(form.goal);
    return isSalesError(r) ? null : { score: r.score, text: smartCheck.explainSmart(r, locale) };
  }, [smartCheck, form.goal, locale]);
  const plan = check.ok ? check.plan : null;
  const shown = (f: FieldId): string | undefined => (touched.has(f) ? check.errors[f] : undefined);
  const invalidFields = FIELD_ORDER.filter((f) => check.errors[f]);
  const advancedError = invalidFields.some((f) => ADVANCED_FIELDS.has(f) && touched.has(f));

  useEffect(() => {
    if (advancedError) setAdvancedOpen(true);
  }, [advancedError]);

  // On open: the workbook's sheet names and the inputs saved with it (one round trip).
  useEffect(() => {
    let live = true;
    setBusy({ kind: "open" });
    host
      .readContext()
      .then((ctx) => {
        if (!live) return;
        setSheetNames(ctx.sheetNames);
        if (!pristine.current) return; // the user started typing: never overwrite that
        const restored = restoreForm(ctx.savedInputs, defaultForm(now()));
        if (restored) {
          setForm(restored);
          setTouched(new Set(FIELD_ORDER));
          setRestored(true);
        }
      })
      .catch((error: unknown) => {
        if (live) setOutcome({ kind: "error", error });
      })
      .finally(() => {
        if (live) setBusy((b) => (b?.kind === "open" ? null : b));
      });
    return () => {
      live = false;
    };
    // Once per host: `now` is a clock, not an input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  const update = useCallback(<K extends keyof FormState>(key: K, value: FormState[K], field?: FieldId) => {
    pristine.current = false;
    setForm((f) => ({ ...f, [key]: value }));
    if (field) setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
  }, []);

  /** Runs one host action at a time; the outcome (or the error) always ends up on screen. */
  const exclusive = async (work: () => Promise<void>): Promise<void> => {
    if (busyRef.current) return;
    busyRef.current = true;
    try {
      await work();
    } catch (error) {
      setOutcome({ kind: "error", error });
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  };

  const supported = (): boolean => {
    const report = host.checkSupport();
    if (!report.ok) setOutcome({ kind: "unsupported", missing: report.missing });
    return report.ok;
  };

  const rememberSheets = (result: WriteResult): void => {
    setSheetNames((names) => {
      const seen = new Set(names.map((n) => n.toLowerCase()));
      return [...names, ...result.sheets.map((s) => s.name).filter((n) => !seen.has(n.toLowerCase()))];
    });
  };

  const generate = (mode: WriteMode | "ask"): Promise<void> =>
    exclusive(async () => {
      if (!check.ok) return;
      setDialog(null);
      if (!supported()) return;
      const planNow = check.plan;
      const keepReplan = mode === "update" && form.replanDate !== "" ? isoToSerial(form.replanDate) : null;
      const { specFor } = await loadWriter();
      const spec = specFor(planNow, form.name, keepReplan);
      if (mode === "ask") {
        const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
        const clashes = spec.sheets.map((s) => s.name).filter((n) => taken.has(n.toLowerCase()));
        if (clashes.length > 0) {
          setDialog({ kind: "clash", sheets: clashes, copyExample: nextFreeSheetNames(spec.sheets.map((s) => s.name), sheetNames)[1] ?? "" });
          return;
        }
      }
      const writeMode: WriteMode = mode === "ask" ? "create" : mode;
      const saved: FormState = { ...form, replanDate: writeMode === "update" ? form.replanDate : "" };
      setOutcome(null);
      setBusy({ kind: "write", action: "generate", progress: { step: "read" } });
      try {
        const result = await host.writeWorkbook(spec, {
          mode: writeMode,
          savedInputs: serializeForm(saved),
          replaceInputsOn: writeMode === "update" ? ["inputs"] : undefined,
          activate: "sprint",
          onProgress: (progress) => setBusy({ kind: "write", action: "generate", progress }),
        });
        rememberSheets(result);
        if (saved.replanDate !== form.replanDate) setForm((f) => ({ ...f, replanDate: saved.replanDate }));
        setOutcome({ kind: "written", result });
      } catch (error) {
        // The workbook changed since the pane looked: somebody's sheets now carry our names.
        if (isHostError(error) && error.source === "host" && error.code === "SheetExists") {
          const sheets = String(error.params.sheets ?? "").split(",").filter(Boolean);
          setSheetNames((names) => [...names, ...sheets]);
          const all = [...sheetNames, ...sheets];
          setDialog({ kind: "clash", sheets, copyExample: nextFreeSheetNames(spec.sheets.map((s) => s.name), all)[1] ?? "" });
          return;
        }
        const view = describeError(error, t, locale);
        setOutcome({ kind: "error", error, retry: view.offerCopy ? () => void generate("copy") : undefined });
      }
    });

  const replan = (): Promise<void> =>
    exclusive(async () => {
      if (!check.ok) return;
      const serial = isoToSerial(replanDate);
      if (serial === null) return;
      if (!supported()) return;
      const planNow = check.plan;
      const { specFor, actualRevenueRef, replanSprint } = await loadWriter();
      const actualsRef = actualRevenueRef(planNow);
      if (!sheetNames.some((n) => n.toLowerCase() === actualsRef.sheet.toLowerCase())) {
        setOutcome({ kind: "needsPlan", sheet: actualsRef.sheet });
        return;
      }
      setOutcome(null);
      setBusy({ kind: "actuals" });
      const [actualCells] = await host.readCells([actualsRef]);
      const actuals = (actualCells ?? []).map((row) => row[0]);
      const result = replanSprint(planNow, actuals, replanDate);
      if (!result) return;
      const saved: FormState = { ...form, replanDate: result.changeDate };
      setBusy({ kind: "write", action: "replan", progress: { step: "read" } });
      const written = await host.writeWorkbook(specFor(planNow, form.name, serial), {
        mode: "update",
        savedInputs: serializeForm(saved),
        activate: "sprint",
        onProgress: (progress) => setBusy({ kind: "write", action: "replan", progress }),
      });
      rememberSheets(written);
      setForm((f) => ({ ...f, replanDate: result.changeDate }));
      setOutcome({ kind: "written", result: written, replan: result, target: planNow.inputs.target });
    });

  const findShareable = (): Promise<void> =>
    exclusive(async () => {
      setOutcome(null);
      setBusy({ kind: "scan" });
      const scope = shareScope;
      const found = await host.findCustomFunctionCells(scope);
      if (found.total === 0) setOutcome({ kind: "shareNone", scope });
      else setDialog({ kind: "share", found, scope });
    });

  const freeze = (scope: ShareScope): Promise<void> =>
    exclusive(async () => {
      setDialog(null);
      setBusy({ kind: "freeze" });
      const result = await host.freezeCustomFunctions(scope);
      setOutcome({ kind: "shared", result });
    });

  const importSelection = (): Promise<void> =>
    exclusive(async () => {
      setImported(null);
      setBusy({ kind: "import" });
      try {
        const ctx = await host.readContext();
        setSheetNames(ctx.sheetNames);
        const result = importOwners(ctx.selection);
        setImported(result);
        if (result.ok) {
          pristine.current = false;
          setForm((f) => ({ ...f, owners: formatOwners(result.owners), target: result.kind === "targets" ? String(result.total) : f.target }));
          setTouched((s) => new Set(s).add("owners").add(result.kind === "targets" ? "target" : "owners"));
        }
      } catch (error) {
        setImported({ ok: false, error });
      }
    });

  const openSheet = (name: string): Promise<void> =>
    exclusive(async () => {
      await host.activateSheet(name);
    });

  // ---- rendering -----------------------------------------------------------------------------

  const reasonId = fid("reason");
  const reason = busy ? t.busyReason : invalidFields.length > 0 ? format(t.disabledReason, { fields: invalidFields.map((f) => fieldLabel(t, f)).join(locale === "en" ? ", " : "、") }) : "";
  const replanDateError = isoToSerial(replanDate) === null ? t.errReplanDate : undefined;
  const blocked = busy !== null || !check.ok;

  const text = (
    field: FieldId & keyof FormState,
    props: { label: string; hint?: string; inputMode?: "decimal" | "numeric" | "text"; type?: "text" | "date"; required?: boolean; disabled?: boolean },
  ): JSX.Element => (
    <Field
      label={props.label}
      hint={props.hint}
      required={props.required}
      validationState={shown(field) ? "error" : "none"}
      validationMessage={shown(field)}
    >
      <Input
        className={styles.control}
        type={props.type ?? "text"}
        inputMode={props.inputMode}
        disabled={props.disabled}
        value={form[field] as string}
        onChange={(_, d) => update(field, d.value as FormState[typeof field], field)}
        onBlur={() => setTouched((s) => (s.has(field) ? s : new Set(s).add(field)))}
      />
    </Field>
  );

  return (
    <div className={styles.root}>
      <Body1>{t.generatorIntro}</Body1>
      {restored && (
        <MessageBar className={styles.message} intent="info" layout="multiline">
          <MessageBarBody className={styles.messageBody}>{t.restored}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => setRestored(false)}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <form className={styles.form} aria-label={t.formLabel} noValidate onSubmit={(e) => e.preventDefault()}>
        <fieldset className={styles.section}>
          <legend className={styles.sectionTitle}>
            <Subtitle2>{t.sectionSprint}</Subtitle2>
          </legend>
          {text("name", { label: t.fieldName, hint: t.hintName })}
          {text("target", { label: t.fieldTarget, hint: t.hintTarget, inputMode: "decimal", required: true })}
          {text("avgOrderValue", { label: t.fieldAvgOrderValue, hint: t.hintAvgOrderValue, inputMode: "decimal", required: true })}
          {text("conversion", {
            label: t.fieldConversion,
            hint: form.useFunnel ? t.hintConversionFunnel : t.hintConversion,
            inputMode: "decimal",
            required: !form.useFunnel,
            disabled: form.useFunnel,
          })}
          <div className={styles.row}>
            {text("start", { label: t.fieldStart, type: "date", required: true })}
            {text("days", { label: t.fieldDays, hint: t.hintDays, inputMode: "numeric", required: true })}
          </div>
          <Switch label={t.fieldWeekends} checked={form.weekends} onChange={(_, d) => update("weekends", d.checked)} />
        </fieldset>

        <fieldset className={styles.section}>
          <legend className={styles.sectionTitle}>
            <Subtitle2>{t.sectionOwners}</Subtitle2>
          </legend>
          <Field
            label={t.fieldOwners}
            hint={t.hintOwners}
            required
            validationState={shown("owners") ? "error" : "none"}
            validationMessage={shown("owners")}
          >
            <Textarea
              resize="vertical"
              rows={3}
              value={form.owners}
              onChange={(_, d) => update("owners", d.value, "owners")}
              onBlur={() => setTouched((s) => (s.has("owners") ? s : new Set(s).add("owners")))}
            />
          </Field>
          <div className={styles.ownersActions}>
            <Button aria-label={t.importSelectionAria} disabledFocusable={busy !== null} onClick={() => void importSelection()}>
              {busy?.kind === "import" ? t.importing : t.importSelection}
            </Button>
          </div>
          {imported && <ImportMessage imported={imported} t={t} locale={locale} onDismiss={() => setImported(null)} />}
        </fieldset>

        <fieldset className={styles.section}>
          <legend className={styles.sectionTitle}>
            <Subtitle2>{t.sectionGoal}</Subtitle2>
          </legend>
          <Field
            label={t.fieldGoal}
            hint={t.hintGoal}
            validationState={shown("goal") ? "error" : smart ? (smart.score === 5 ? "success" : "warning") : "none"}
            validationMessage={shown("goal") ?? smart?.text}
          >
            <Textarea resize="vertical" rows={3} value={form.goal} onChange={(_, d) => update("goal", d.value, "goal")} />
          </Field>
        </fieldset>

        <Accordion collapsible openItems={advancedOpen ? ["advanced"] : []} onToggle={(_, d) => setAdvancedOpen(d.openItems.includes("advanced"))}>
          <AccordionItem value="advanced">
            <AccordionHeader as="h2">{t.advanced}</AccordionHeader>
            <AccordionPanel className={styles.advancedPanel}>
              <Switch label={t.useFunnel} checked={form.useFunnel} onChange={(_, d) => update("useFunnel", d.checked, "funnelShares")} />
              {form.useFunnel && (
                <fieldset className={styles.section}>
                  <legend className={styles.legend}>{t.fieldFunnel}</legend>
                  <Caption1 className={styles.muted}>{t.hintFunnel}</Caption1>
                  <div className={styles.grid}>
                    {DEFAULT_FUNNEL.map((stage, i) => (
                      <Field key={stage.key} label={stage.names[locale]}>
                        <Input
                          className={styles.control}
                          inputMode="decimal"
                          value={form.funnelShares[i] ?? ""}
                          aria-invalid={shown("funnelShares") ? true : undefined}
                          aria-describedby={shown("funnelShares") ? fid("funnel-error") : undefined}
                          onChange={(_, d) => {
                            const shares = [...form.funnelShares];
                            shares[i] = d.value;
                            update("funnelShares", shares, "funnelShares");
                          }}
                        />
                      </Field>
                    ))}
                  </div>
                  {shown("funnelShares") && (
                    <div id={fid("funnel-error")} role="alert" className={styles.fieldError}>
                      {shown("funnelShares")}
                    </div>
                  )}
                </fieldset>
              )}
              <fieldset className={styles.section}>
                <legend className={styles.legend}>{t.activityHeading}</legend>
                <Caption1 className={styles.muted}>{t.hintActivity}</Caption1>
                <div className={styles.grid}>{ACTIVITY_FIELDS.map((k) => <div key={k}>{text(k, { label: activityLabel(t, k), inputMode: "numeric" })}</div>)}</div>
              </fieldset>
              <fieldset className={styles.section}>
                <legend className={styles.legend}>{t.thresholdsHeading}</legend>
                <div className={styles.grid}>
                  {THRESHOLD_FIELDS.map((k) => (
                    <div key={k}>{text(k, { label: thresholdLabel(t, k), inputMode: "decimal", required: true })}</div>
                  ))}
                </div>
              </fieldset>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </form>

      <Summary plan={plan} locale={locale} t={t} smartScore={smart?.score ?? null} headingId={fid("summary")} />

      <section className={card} aria-labelledby={fid("actions")}>
        <Subtitle2 as="h2" id={fid("actions")}>
          {t.actionsHeading}
        </Subtitle2>
        <Button
          appearance="primary"
          disabledFocusable={blocked}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => void generate("ask")}
        >
          {busy?.kind === "write" && busy.action === "generate" ? t.generating : t.generate}
        </Button>
        {reason && (
          <Caption1 id={reasonId} className={styles.reason}>
            {reason}
          </Caption1>
        )}
        <div className={styles.status} role="status" aria-label={t.statusLabel}>
          {busy && busy.kind !== "open" && (
            <Field validationMessage={progressText(busy, t)} validationState="none" label={t.progressLabel}>
              <ProgressBar value={progressValue(busy)} thickness="large" />
            </Field>
          )}
        </div>
        <OutcomeBar
          outcome={outcome}
          t={t}
          locale={locale}
          busy={busy !== null}
          onOpen={(name) => void openSheet(name)}
          onDismiss={() => setOutcome(null)}
        />
      </section>

      <section className={card} aria-labelledby={fid("replan")}>
        <Subtitle2 as="h2" id={fid("replan")}>
          {t.replanHeading}
        </Subtitle2>
        <Caption1 className={styles.muted}>{t.replanIntro}</Caption1>
        <Field label={t.fieldReplanDate} validationState={replanDateError ? "error" : "none"} validationMessage={replanDateError}>
          <Input type="date" value={replanDate} onChange={(_, d) => setReplanDate(d.value)} />
        </Field>
        <Button
          disabledFocusable={blocked || replanDateError !== undefined}
          aria-describedby={reason ? reasonId : undefined}
          onClick={() => void replan()}
        >
          {busy?.kind === "write" && busy.action === "replan" ? t.replanning : t.replanButton}
        </Button>
      </section>

      <section className={card} aria-labelledby={fid("share")}>
        <Subtitle2 as="h2" id={fid("share")}>
          {t.shareHeading}
        </Subtitle2>
        <Caption1 className={styles.muted}>{t.shareIntro}</Caption1>
        <Field label={t.shareScope}>
          <Select value={shareScope} onChange={(_, d) => setShareScope(d.value === "selection" ? "selection" : "workbook")}>
            <option value="workbook">{t.shareWorkbook}</option>
            <option value="selection">{t.shareSelection}</option>
          </Select>
        </Field>
        <Button disabledFocusable={busy !== null} onClick={() => void findShareable()}>
          {t.shareButton}
        </Button>
      </section>

      <Suspense fallback={null}>
        {dialog && (
          <Dialogs
            dialog={dialog}
            t={t}
            locale={locale}
            onUpdate={() => void generate("update")}
            onCopy={() => void generate("copy")}
            onFreeze={(scope) => void freeze(scope)}
            onClose={() => setDialog(null)}
          />
        )}
      </Suspense>
    </div>
  );
}

// ---- messages ---------------------------------------------------------------------------------

function ImportMessage({
  imported,
  t,
  locale,
  onDismiss,
}: {
  imported: ImportResult | { ok: false; error: unknown };
  t: UiStrings;
  locale: Locale;
  onDismiss: () => void;
}): JSX.Element {
  const styles = useStyles();
  let intent: "success" | "warning" | "error" = "success";
  let title = t.importedTitle;
  let body: string;
  if (imported.ok) body = describeImport(imported, t, locale);
  else if ("error" in imported) {
    intent = "error";
    title = t.importFailedTitle;
    const view = describeError(imported.error, t, locale);
    body = view.advice ? `${view.message} ${view.advice}` : view.message;
  } else {
    intent = "warning";
    title = t.importFailedTitle;
    body = imported.reason === "noSelection" ? t.importNoSelection : t.importNoNames;
  }
  return (
    <MessageBar className={styles.message} intent={intent} layout="multiline">
      <MessageBarBody className={styles.messageBody}>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

interface OutcomeBarProps {
  outcome: Outcome | null;
  t: UiStrings;
  locale: Locale;
  busy: boolean;
  onOpen: (sheet: string) => void;
  onDismiss: () => void;
}

function OutcomeBar({ outcome, t, locale, busy, onOpen, onDismiss }: OutcomeBarProps): JSX.Element | null {
  const styles = useStyles();
  if (!outcome) return null;
  const n = (x: number): string => formatNumber(x, locale);
  const dismiss = (
    <Button size="small" appearance="transparent" onClick={onDismiss}>
      {t.dismiss}
    </Button>
  );
  const bar = (intent: "success" | "warning" | "error" | "info", title: string, body: JSX.Element | string, extra?: JSX.Element): JSX.Element => (
    <MessageBar className={styles.message} intent={intent} layout="multiline">
      <MessageBarBody className={styles.messageBody}>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
      <MessageBarActions>
        {extra}
        {dismiss}
      </MessageBarActions>
    </MessageBar>
  );
  switch (outcome.kind) {
    case "needsPlan":
      return bar("warning", t.replanHeading, format(t.replanNeedsPlan, { sheet: outcome.sheet }));
    case "unsupported":
      return bar("error", t.unsupportedTitle, format(t.errUnsupported, { missing: outcome.missing.join(locale === "en" ? ", " : "、") }));
    case "error": {
      const view = describeError(outcome.error, t, locale);
      const retry = outcome.retry;
      return bar(
        "error",
        t.errorTitle,
        view.advice ? `${view.message} ${view.advice}` : view.message,
        retry ? (
          <Button size="small" disabledFocusable={busy} onClick={retry}>
            {t.createCopyInstead}
          </Button>
        ) : undefined,
      );
    }
    case "shareNone":
      return bar("info", t.shareNoneTitle, format(t.shareNone, { scope: outcome.scope === "workbook" ? t.scopeWorkbook : t.scopeSelection }));
    case "shared": {
      const r = outcome.result;
      const done = format(t.shareDone, { count: r.total - r.pending });
      return bar(r.pending > 0 ? "warning" : "success", t.shareTitle, r.pending > 0 ? `${done} ${format(t.sharePending, { count: r.pending })}` : done);
    }
    case "written": {
      const r = outcome.result;
      const created = r.sheets.filter((s) => s.created).length;
      const kept = r.sheets.reduce((a, s) => a + s.keptInputs, 0);
      const lines: string[] = [];
      const rp = outcome.replan;
      if (rp) {
        const params = {
          date: rp.changeDate,
          day: rp.fromDay,
          actual: n(rp.actualBefore),
          remaining: n(rp.remaining),
          days: rp.remainingWorkingDays,
          rate: rp.dailyRate === null ? "-" : n(Math.round(rp.dailyRate)),
          was: rp.originalDailyRate === null ? "-" : n(Math.round(rp.originalDailyRate)),
          target: n(outcome.target ?? 0),
        };
        lines.push(
          rp.remaining === 0
            ? format(t.replanReached, params)
            : rp.remainingWorkingDays === 0
              ? format(t.replanNoDaysLeft, params)
              : format(t.replanDone, params),
        );
      } else {
        lines.push(
          r.mode === "update"
            ? format(t.successUpdated, { count: r.sheets.length, kept })
            : format(t.successCreated, { count: created }),
        );
      }
      const degraded = r.warnings.filter((w) => w.code === "Degraded").map((w) => {
        const key = FEATURE_KEY[w.params.feature as HostFeature];
        return key ? t[key] : String(w.params.feature);
      });
      if (degraded.length > 0) lines.push(format(t.warnDegraded, { features: degraded.join(locale === "en" ? ", " : "、") }));
      for (const w of r.warnings.filter((x) => x.code === "CosmeticFailed")) lines.push(format(t.warnCosmetic, { message: String(w.params.message ?? "") }));
      for (const w of r.warnings.filter((x) => x.code === "NamesScoped")) lines.push(format(t.warnNamesScoped, { names: String(w.params.names), sheets: String(w.params.sheets) }));
      const body = (
        <>
          {lines.join(locale === "en" ? " " : "")}
          <span className={styles.links}>
            <span>{t.openSheetsLabel}</span>
            {r.sheets.map((s) => (
              <Button
                key={s.key}
                size="small"
                appearance="transparent"
                aria-label={format(t.openSheetAria, { name: s.name })}
                disabledFocusable={busy}
                onClick={() => onOpen(s.name)}
              >
                {s.name}
              </Button>
            ))}
          </span>
        </>
      );
      return bar(r.warnings.length > 0 ? "warning" : "success", rp ? t.replanTitle : t.successTitle, body);
    }
  }
}
