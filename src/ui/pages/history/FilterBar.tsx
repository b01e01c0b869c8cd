import { INTENTS } from '../../../guard/intent';
import type { AccountChoice } from '../../../history/accounts';
import { DecisionSchema } from '../../../history/entry';
import { NO_FILTER, type HistoryFilter } from '../../../history/filter';
import { MATCH_KINDS } from '../../../history/match';
import { PLATFORM_LABEL } from '../../../lists/normalise/common';
import { PLATFORMS } from '../../../lists/platform';
import { displayHandle } from '../../display-handle';
import type { Messages } from '../../i18n/messages';

type Text = Messages['history'];
type Option = [value: string, label: string];

interface ChoiceProps {
  name: keyof HistoryFilter;
  label: string;
  value: string;
  any: string;
  options: readonly Option[];
  onChange(value: string): void;
}

function Choice({ name, label, value, any, options, onChange }: ChoiceProps) {
  return (
    <label>
      {label}
      <select name={name} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{any}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export interface FilterBarProps {
  filter: HistoryFilter;
  accounts: readonly AccountChoice[];
  text: Text;
  onChange(filter: HistoryFilter): void;
}

/** Every filter as a labelled control; each change is applied at once. */
export function FilterBar({ filter, accounts, text, onChange }: FilterBarProps) {
  const set = (field: keyof HistoryFilter) => (value: string) => onChange({ ...filter, [field]: value });
  const choices: [name: keyof HistoryFilter, label: string, options: Option[]][] = [
    ['platform', text.platform, PLATFORMS.map((platform) => [platform, PLATFORM_LABEL[platform]])],
    ['intent', text.intent, INTENTS.map((intent) => [intent, text.intents[intent]])],
    ['decision', text.decision, DecisionSchema.options.map((decision) => [decision, text.decisions[decision]])],
    ['match', text.match, MATCH_KINDS.map((kind) => [kind, text.matches[kind]])],
    ['account', text.account, accounts.map((choice) => [choice.account, `${choice.label} (${displayHandle(choice.account)})`])],
  ];
  return (
    <fieldset class="history-filters">
      <legend>{text.filters}</legend>
      <label>
        {text.from}
        <input type="date" name="from" value={filter.from} max={filter.to || undefined} onChange={(e) => set('from')(e.currentTarget.value)} />
      </label>
      <label>
        {text.to}
        <input type="date" name="to" value={filter.to} min={filter.from || undefined} onChange={(e) => set('to')(e.currentTarget.value)} />
      </label>
      {choices.map(([name, label, options]) => (
        <Choice key={name} name={name} label={label} value={filter[name]} any={text.any} options={options} onChange={set(name)} />
      ))}
      <label class="history-search">
        {text.search}
        <input type="search" name="search" value={filter.search} onInput={(e) => set('search')(e.currentTarget.value)} />
      </label>
      <button type="button" onClick={() => onChange(NO_FILTER)}>
        {text.clearFilters}
      </button>
    </fieldset>
  );
}
