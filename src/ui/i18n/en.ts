import type { Intent } from '../../guard/intent';

const ACTION: Record<Intent, string> = {
  like: 'like content from',
  follow: 'follow',
  comment: 'comment on content from',
  share: 'share content from',
};

/**
 * Every English string the extension shows. Indonesian (id.ts) must have the
 * same shape: TypeScript refuses a missing key, and a unit test refuses an
 * empty or untranslated one.
 */
export const en = {
  warning: {
    title: 'Wait — this account is on an election contestant list',
    youAreAbout: (intent: Intent) => `You are about to ${ACTION[intent]}`,
    listedIn: 'Listed in',
    rule: 'Rule',
    consequence: 'Possible consequence',
    cancel: 'Cancel',
    proceed: 'Proceed anyway',
    disclaimer: 'Jaga Netral is a reminder, not legal advice.',
    readRule: 'Read the full rule',
  },
  marker: {
    label: 'Election contestant',
    title: (name: string, list: string) =>
      `${name} — listed in "${list}". Jaga Netral will remind you before you like, follow, comment on or share.`,
    followed: "You follow this account. The ASN neutrality pact asks civil servants not to follow election contestants' accounts.",
  },
};

export type Messages = typeof en;
