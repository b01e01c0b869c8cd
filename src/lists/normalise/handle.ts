import type { Platform } from '../platform';
import { MALFORMED, accepted, pathSegments, rejected, stripAt, type NormaliseResult, type PlatformNormaliser } from './common';
import { siteOfHost } from './hosts';

/** What one platform allows in a handle; the checks share one wording for users. */
export interface HandleRule {
  platform: Platform;
  label: string;
  /** "an X page": how a reserved path is described in the rejection. */
  page: string;
  /** Matches a whole, already lowercased handle made only of allowed characters. */
  chars: RegExp;
  /** Human wording of `chars`, shown when it does not match. */
  allowed: string;
  min: number;
  max: number;
  /** Lowercase first path segments that are the site's own pages. */
  reserved: ReadonlySet<string>;
}

/** Checks a lowercased handle without its `@` and accepts it as the account id. */
export function checkHandle(rule: HandleRule, handle: string): NormaliseResult {
  if (handle === '') return rejected(`empty ${rule.label} handle`);
  if (rule.reserved.has(handle)) return rejected(`"${handle}" is ${rule.page}, not an account`);
  // Written alone, "facebook.com" is read as the site's address: accepting it here would store an id that does not normalise to itself.
  if (siteOfHost(handle) !== undefined) return rejected(`"${handle}" is a site's address, not an account`);
  if (!rule.chars.test(handle)) {
    return rejected(`handle has characters ${rule.label} does not allow (allowed: ${rule.allowed})`);
  }
  // Length counts code points: non-Latin YouTube handles are not measured in UTF-16 units.
  const length = [...handle].length;
  if (length > rule.max) return rejected(`too long: ${rule.label} handles have at most ${rule.max} characters`);
  if (length < rule.min) return rejected(`too short: ${rule.label} handles have at least ${rule.min} characters`);
  return accepted(rule.platform, handle);
}

export interface HandleUrls {
  /** The path to read; X still has `#!/user` links that route through the fragment. */
  path?: (url: URL) => string;
  /** The account a non-empty list of decoded path segments names, or why it names none. */
  profile: (segments: readonly [string, ...string[]]) => NormaliseResult;
}

/** A platform whose accounts are plain handles (all but Facebook and YouTube). */
export function handlePlatform(rule: HandleRule, urls: HandleUrls): PlatformNormaliser {
  return {
    platform: rule.platform,
    fromText: (text) => checkHandle(rule, stripAt(text).toLowerCase()),
    fromUrl(url) {
      const segments = pathSegments(urls.path?.(url) ?? url.pathname);
      if (segments === null) return rejected(MALFORMED);
      const [first, ...rest] = segments;
      if (first === undefined) return rejected(`the ${rule.label} home page, not an account`);
      return urls.profile([first, ...rest]);
    },
  };
}
