import { RETENTION_CHOICES, RetentionSchema, retention, type Retention } from '../../../settings/retention';
import type { Messages } from '../../i18n/messages';

export interface RetentionPanelProps {
  value: Retention;
  text: Messages['history'];
}

/** The retention setting; the background watches it and prunes at once when it shortens. */
export function RetentionPanel({ value, text }: RetentionPanelProps) {
  const choose = (raw: string) => {
    const parsed = RetentionSchema.safeParse(raw === 'forever' ? raw : Number(raw));
    if (parsed.success) void retention.setValue(parsed.data);
  };
  return (
    <section aria-labelledby="history-retention">
      <h2 id="history-retention">
        <label for="retention">{text.retention}</label>
      </h2>
      <select id="retention" name="retention" value={String(value)} onChange={(event) => choose(event.currentTarget.value)}>
        {RETENTION_CHOICES.map((choice) => (
          <option key={choice} value={String(choice)}>
            {text.retentionChoices[choice]}
          </option>
        ))}
      </select>
      <p class="muted">{text.retentionNote}</p>
    </section>
  );
}
