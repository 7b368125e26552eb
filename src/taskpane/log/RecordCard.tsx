/**
 * "Record a day": owner, date (within the sprint), the seven numbers and a note; the Record
 * button, the duplicate question and the outcome.
 */
import { Button, Field, Input, Select, Subtitle2, Text } from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import { serialToIso } from "../../domain/dates";
import { SPRINT_METRICS } from "../../domain/vocabulary";
import { useCardStyles } from "../styles";
import type { LogSetup } from "./logSetup";
import { DuplicatePrompt, StatusMessage } from "./Outcome";
import { useLogStyles } from "./styles";
import type { LogModel } from "./useLog";

export function RecordCard({ log, setup }: { log: LogModel; setup: LogSetup }): JSX.Element {
  const styles = useLogStyles();
  const { card } = useCardStyles();
  const { t, state } = log;
  const { form, errors, pending } = state;
  const dup = pending?.kind === "record" ? pending.duplicates[0] : undefined;
  return (
    <section className={card} aria-labelledby="log-record-title">
      <Subtitle2 as="h2" id="log-record-title">
        {t.recordTitle}
      </Subtitle2>
      <Text size={200}>{t.recordHint}</Text>
      <div className={styles.row}>
        <Field label={t.owner} validationMessage={errors.owner}>
          <Select value={form.owner} onChange={(_, d) => log.edit({ owner: d.value })}>
            {setup.owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.date} validationMessage={errors.date}>
          <Input
            type="date"
            value={form.date}
            min={serialToIso(setup.startSerial)}
            max={serialToIso(setup.endSerial)}
            onChange={(_, d) => log.edit({ date: d.value })}
          />
        </Field>
      </div>
      <div className={styles.grid}>
        {SPRINT_METRICS.map((m) => (
          <Field key={m} label={t.metrics[m]} validationMessage={errors[m]}>
            <Input className={styles.number} inputMode="decimal" value={form.values[m]} onChange={(_, d) => log.editMetric(m, d.value)} />
          </Field>
        ))}
      </div>
      <Field label={t.note}>
        <Input value={form.note} onChange={(_, d) => log.edit({ note: d.value })} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={state.busy || pending !== null} onClick={log.record}>
          {t.record}
        </Button>
      </div>
      {dup && (
        <DuplicatePrompt
          t={t}
          body={format(t.duplicateBody, { owner: dup.owner, date: serialToIso(dup.date), row: dup.row })}
          onReplace={() => log.resolve("replace")}
          onAdd={() => log.resolve("add")}
          onCancel={log.cancel}
        />
      )}
      <StatusMessage status={state.status.record} />
    </section>
  );
}
