import { z } from 'zod';
import { storage } from 'wxt/utils/storage';

/** Which lists the user switched off, by list id; every other list warns. */
export const ListSwitchesSchema = z.object({ disabled: z.array(z.string()) });
export type ListSwitches = z.infer<typeof ListSwitchesSchema>;

export const ALL_ENABLED: ListSwitches = { disabled: [] };

/** Written only by the background, which bumps listsRevision after each change. */
export const listSwitches = storage.defineItem<ListSwitches>('local:listSwitches', {
  fallback: ALL_ENABLED,
  version: 1,
});

/**
 * The stored switches, or all lists on when the value is damaged: a broken
 * value must never silence a list the user did not switch off.
 */
export async function readListSwitches(): Promise<ListSwitches> {
  const parsed = ListSwitchesSchema.safeParse(await listSwitches.getValue());
  return parsed.success ? parsed.data : ALL_ENABLED;
}

export function withSwitch(switches: ListSwitches, listId: string, enabled: boolean): ListSwitches {
  const others = switches.disabled.filter((id) => id !== listId);
  return { disabled: enabled ? others : [...others, listId] };
}
