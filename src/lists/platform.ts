/**
 * No zod here: this module is in every content script, whose size is
 * budgeted; the schema lives in platform-schema.ts.
 *
 * The six platforms the extension guards, by the short name used in account keys. */
export const PLATFORMS = ['x', 'facebook', 'instagram', 'tiktok', 'youtube', 'threads'] as const;

export type Platform = (typeof PLATFORMS)[number];

/** An account as `<platform>:<normalised id>`; see design.md "Account ids". */
export type AccountKey = `${Platform}:${string}`;

export interface AccountRef {
  platform: Platform;
  /** Already normalised (see normalise.ts); never the raw text a user typed. */
  id: string;
}

export function accountKey(account: AccountRef): AccountKey {
  return `${account.platform}:${account.id}`;
}
