/** The form's goal section: the goal sentence, with its SMART feedback as the field's message. */
import { Field, Subtitle2, Textarea } from "@fluentui/react-components";
import { useGeneratorStyles } from "./styles";
import type { GeneratorModel } from "./useGenerator";

export function GoalSection({ gen }: { gen: GeneratorModel }): JSX.Element {
  const styles = useGeneratorStyles();
  const { t, smart } = gen;
  const error = gen.shown("goal");
  return (
    <fieldset className={styles.section}>
      <legend className={styles.sectionTitle}>
        <Subtitle2>{t.sectionGoal}</Subtitle2>
      </legend>
      <Field
        label={t.fieldGoal}
        hint={t.hintGoal}
        validationState={error ? "error" : smart ? (smart.score === 5 ? "success" : "warning") : "none"}
        validationMessage={error ?? smart?.text}
      >
        <Textarea resize="vertical" rows={3} value={gen.state.form.goal} onChange={(_, d) => gen.update({ goal: d.value }, "goal")} />
      </Field>
    </fieldset>
  );
}
