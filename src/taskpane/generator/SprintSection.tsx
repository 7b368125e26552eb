/** The form's first section, the sprint basics: name, target, order value, conversion, dates, working calendar. */
import { Field, Select, Subtitle2, Switch } from "@fluentui/react-components";
import { HOLIDAY_CALENDARS } from "../../domain/calendar";
import { holidayCalendarOf } from "./formState";
import { useGeneratorStyles } from "./styles";
import { TextField } from "./TextField";
import type { GeneratorModel } from "./useGenerator";

export function SprintSection({ gen }: { gen: GeneratorModel }): JSX.Element {
  const styles = useGeneratorStyles();
  const { t } = gen;
  const { form } = gen.state;
  return (
    <fieldset className={styles.section}>
      <legend className={styles.sectionTitle}>
        <Subtitle2>{t.sectionSprint}</Subtitle2>
      </legend>
      <TextField gen={gen} field="name" label={t.fieldName} hint={t.hintName} />
      <TextField gen={gen} field="target" label={t.fieldTarget} hint={t.hintTarget} inputMode="decimal" required />
      <TextField gen={gen} field="avgOrderValue" label={t.fieldAvgOrderValue} hint={t.hintAvgOrderValue} inputMode="decimal" required />
      <TextField
        gen={gen}
        field="conversion"
        label={t.fieldConversion}
        hint={form.useFunnel ? t.hintConversionFunnel : t.hintConversion}
        inputMode="decimal"
        required={!form.useFunnel}
        disabled={form.useFunnel}
      />
      <div className={styles.row}>
        <TextField gen={gen} field="start" label={t.fieldStart} type="date" required />
        <TextField gen={gen} field="days" label={t.fieldDays} hint={t.hintDays} inputMode="numeric" required />
      </div>
      <Switch label={t.fieldWeekends} checked={form.weekends} onChange={(_, d) => gen.update({ weekends: d.checked })} />
      <Field label={t.fieldHolidays} hint={t.hintHolidays}>
        <Select
          className={styles.control}
          value={holidayCalendarOf(form, gen.locale)}
          onChange={(_, d) => gen.update({ holidays: HOLIDAY_CALENDARS.find((c) => c === d.value) ?? "none" })}
        >
          <option value="cn">{t.holidaysCn}</option>
          <option value="none">{t.holidaysNone}</option>
        </Select>
      </Field>
    </fieldset>
  );
}
