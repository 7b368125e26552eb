/**
 * The Generate card: the button (disabled with a visible reason while the form is invalid or an
 * action runs), the progress of the running action with its step's name, and the outcome.
 */
import { Button, Caption1, Field, ProgressBar, Subtitle2 } from "@fluentui/react-components";
import { useCardStyles } from "../styles";
import { useGeneratorStyles } from "./styles";
import { format } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import { OutcomeBar } from "./OutcomeBar";
import type { Busy } from "./state";
import type { GeneratorModel } from "./useGenerator";

export interface ActionsCardProps {
  gen: GeneratorModel;
  headingId: string;
  /** Id of the disabled reason (Re-plan's button points at it too). */
  reasonId: string;
}

export function ActionsCard({ gen, headingId, reasonId }: ActionsCardProps): JSX.Element {
  const styles = useGeneratorStyles();
  const { card } = useCardStyles();
  const { t, locale, reason } = gen;
  const { busy, outcome } = gen.state;
  return (
    <section className={card} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.actionsHeading}
      </Subtitle2>
      <Button appearance="primary" disabledFocusable={gen.blocked} aria-describedby={reason ? reasonId : undefined} onClick={() => void gen.generate("ask")}>
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
        onOpen={(name) => void gen.openSheet(name)}
        onDismiss={() => gen.dispatch({ type: "set", outcome: null })}
      />
    </section>
  );
}

/** The running step's name ("Reading the workbook…", "Writing batch 2 of 3…"). */
export function progressText(busy: Busy, t: UiStrings): string {
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

/** How far a write is (0–1); undefined (an indeterminate bar) for the other actions and rollback. */
export function progressValue(busy: Busy): number | undefined {
  if (busy.kind !== "write") return undefined;
  const p = busy.progress;
  if (p.step === "read") return 0.2;
  if (p.step === "write") return 0.3 + (0.6 * ((p.batch ?? 1) - 1)) / Math.max(1, p.batches ?? 1);
  if (p.step === "done") return 1;
  return undefined;
}
