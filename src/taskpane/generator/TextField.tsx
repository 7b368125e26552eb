/** One text input of the form, with its label, hint and (once touched) its error. */
import { Field, Input } from "@fluentui/react-components";
import { useGeneratorStyles } from "./styles";
import type { FieldId, TextKey } from "./formState";
import type { GeneratorModel } from "./useGenerator";

/** The form's fields that hold text and show an error. */
export type TextFieldId = FieldId & TextKey;

export interface TextFieldProps {
  gen: GeneratorModel;
  field: TextFieldId;
  label: string;
  hint?: string;
  inputMode?: "decimal" | "numeric" | "text";
  type?: "text" | "date";
  required?: boolean;
  disabled?: boolean;
}

export function TextField({ gen, field, label, hint, inputMode, type, required, disabled }: TextFieldProps): JSX.Element {
  const styles = useGeneratorStyles();
  const error = gen.shown(field);
  return (
    <Field label={label} hint={hint} required={required} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input
        className={styles.control}
        type={type ?? "text"}
        inputMode={inputMode}
        disabled={disabled}
        value={gen.state.form[field]}
        onChange={(_, d) => gen.update({ [field]: d.value }, field)}
        onBlur={() => gen.dispatch({ type: "touch", field })}
      />
    </Field>
  );
}
