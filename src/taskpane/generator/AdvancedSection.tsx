/**
 * The form's Advanced section (an accordion, opened by itself when one of its fields is wrong):
 * funnel shares instead of one conversion rate, daily activity per rep, thresholds and tiers.
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Field, Input, Switch } from "@fluentui/react-components";
import { useGeneratorStyles } from "./styles";
import { DEFAULT_FUNNEL } from "../../domain/funnel";
import { ACTIVITY_FIELDS, THRESHOLD_FIELDS } from "./formState";
import { activityLabel, thresholdLabel } from "./labels";
import { TextField } from "./TextField";
import type { GeneratorModel } from "./useGenerator";

export interface AdvancedSectionProps {
  gen: GeneratorModel;
  /** Id of the funnel shares' error message. */
  funnelErrorId: string;
}

export function AdvancedSection({ gen, funnelErrorId }: AdvancedSectionProps): JSX.Element {
  const styles = useGeneratorStyles();
  const { t, state } = gen;
  return (
    <Accordion
      collapsible
      openItems={state.advancedOpen ? ["advanced"] : []}
      onToggle={(_, d) => gen.dispatch({ type: "set", advancedOpen: d.openItems.includes("advanced") })}
    >
      <AccordionItem value="advanced">
        <AccordionHeader as="h2">{t.advanced}</AccordionHeader>
        <AccordionPanel className={styles.advancedPanel}>
          <Switch label={t.useFunnel} checked={state.form.useFunnel} onChange={(_, d) => gen.update({ useFunnel: d.checked }, "funnelShares")} />
          {state.form.useFunnel && <FunnelShares gen={gen} errorId={funnelErrorId} />}
          <fieldset className={styles.section}>
            <legend className={styles.legend}>{t.activityHeading}</legend>
            <Caption1 className={styles.muted}>{t.hintActivity}</Caption1>
            <div className={styles.grid}>
              {ACTIVITY_FIELDS.map((k) => (
                <div key={k}>
                  <TextField gen={gen} field={k} label={activityLabel(t, k)} inputMode="numeric" />
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className={styles.section}>
            <legend className={styles.legend}>{t.thresholdsHeading}</legend>
            <div className={styles.grid}>
              {THRESHOLD_FIELDS.map((k) => (
                <div key={k}>
                  <TextField gen={gen} field={k} label={thresholdLabel(t, k)} inputMode="decimal" required />
                </div>
              ))}
            </div>
          </fieldset>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** One share per funnel stage, named in the pane's language; one error for the five. */
function FunnelShares({ gen, errorId }: { gen: GeneratorModel; errorId: string }): JSX.Element {
  const styles = useGeneratorStyles();
  const { t, locale } = gen;
  const shares = gen.state.form.funnelShares;
  const error = gen.shown("funnelShares");
  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>{t.fieldFunnel}</legend>
      <Caption1 className={styles.muted}>{t.hintFunnel}</Caption1>
      <div className={styles.grid}>
        {DEFAULT_FUNNEL.map((stage, i) => (
          <Field key={stage.key} label={stage.names[locale]}>
            <Input
              className={styles.control}
              inputMode="decimal"
              value={shares[i] ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(_, d) => {
                const next = [...shares];
                next[i] = d.value;
                gen.update({ funnelShares: next }, "funnelShares");
              }}
            />
          </Field>
        ))}
      </div>
      {error && (
        <div id={errorId} role="alert" className={styles.fieldError}>
          {error}
        </div>
      )}
    </fieldset>
  );
}
