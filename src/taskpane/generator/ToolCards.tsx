/**
 * The two cards under Generate: re-plan mid-sprint from a date (the actuals so far stay), and
 * make the workbook shareable (replace SALES.* formulas with their values, after a dialog).
 */
import { Button, Caption1, Field, Input, Select, Subtitle2 } from "@fluentui/react-components";
import { useCardStyles } from "../styles";
import { useGeneratorStyles } from "./styles";
import type { GeneratorModel } from "./useGenerator";

export interface ReplanCardProps {
  gen: GeneratorModel;
  headingId: string;
  /** Id of the disabled reason shown under Generate. */
  reasonId: string;
}

export function ReplanCard({ gen, headingId, reasonId }: ReplanCardProps): JSX.Element {
  const styles = useGeneratorStyles();
  const { card } = useCardStyles();
  const { t, state, reason, replanDate, replanDateError } = gen;
  return (
    <section className={card} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.replanHeading}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t.replanIntro}</Caption1>
      <Field label={t.fieldReplanDate} validationState={replanDateError ? "error" : "none"} validationMessage={replanDateError}>
        <Input type="date" value={replanDate} onChange={(_, d) => gen.dispatch({ type: "set", replanDate: d.value })} />
      </Field>
      <Button
        disabledFocusable={gen.blocked || replanDateError !== undefined}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => void gen.replan()}
      >
        {state.busy?.kind === "write" && state.busy.action === "replan" ? t.replanning : t.replanButton}
      </Button>
    </section>
  );
}

export function ShareCard({ gen, headingId }: { gen: GeneratorModel; headingId: string }): JSX.Element {
  const styles = useGeneratorStyles();
  const { card } = useCardStyles();
  const { t, state } = gen;
  return (
    <section className={card} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.shareHeading}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t.shareIntro}</Caption1>
      <Field label={t.shareScope}>
        <Select
          value={state.shareScope}
          onChange={(_, d) => gen.dispatch({ type: "set", shareScope: d.value === "selection" ? "selection" : "workbook" })}
        >
          <option value="workbook">{t.shareWorkbook}</option>
          <option value="selection">{t.shareSelection}</option>
        </Select>
      </Field>
      <Button disabledFocusable={state.busy !== null} onClick={() => void gen.findShareable()}>
        {t.shareButton}
      </Button>
    </section>
  );
}
