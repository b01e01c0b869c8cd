/**
 * What the Instagram specs know about the Instagram replica pages
 * (test/fixtures/instagram): their URLs and selectors. The shipped lists name
 * the Instagram accounts these pages show. The warning contract and the
 * replica log are in warning-contract.ts.
 */

export const FEED = 'https://www.instagram.com/';
export const FEED_ID = 'https://www.instagram.com/?hl=id';
export const PROFILE_ANIES = 'https://www.instagram.com/aniesbaswedan/';
export const PROFILE_PRABOWO_FOLLOWED = 'https://www.instagram.com/prabowo/';

/** The feed's first post, by @aniesbaswedan. */
export const ANIES_POST = 'C1feedAnies1';

/** A post, by its shortcode. */
export const article = (code: string) => `article:has(a[href="/p/${code}/"])`;

/** A post's action icon by its label ("Like", "Suka", "Share Post"…); comment likes are smaller. */
export const icon = (code: string, label: string) =>
  `${article(code)} [role="button"]:has(> div > span > svg[aria-label="${label}"][height="24"])`;

/**
 * The Reels viewer (reels-id.html, in Indonesian): two reels, by
 * @aniesbaswedan (listed) and @kompascom (unlisted), no article.
 */
export const REELS = 'https://www.instagram.com/reels/C1reelAnies/';

/** A reel of the viewer, by its author (each reel is a block of the viewer's list). */
export const reel = (user: string) => `main > div > div:has(a[href="/${user}/reels/"])`;

/** A reel's action-column icon button by its label ("Suka", "Bagikan"…). */
export const reelIcon = (user: string, label: string) =>
  `${reel(user)} [role="button"]:has(svg[aria-label="${label}"][height="24"])`;

/** The video player's own button, laid over the whole video: where a double-click on the video lands. */
export const reelPlayer = (user: string) => `${reel(user)} [role="group"] > div > [role="presentation"] > [role="button"]`;

/** The Follow button on a reel's author row, inside the player. */
export const reelFollow = (user: string) => `${reel(user)} [role="group"] [role="button"]:not(:has(*))`;

/**
 * The 2026 post page (post-2026-*.html, in English): no article, no header.
 * @aniesbaswedan's post (listed) with comments by @ganjar_pranowo (listed),
 * @kompascom and @detikcom; and the same page as @kompascom's post (unlisted).
 */
export const POST_2026_ANIES = 'https://www.instagram.com/p/C2postAnies/';
export const POST_2026_KOMPAS = 'https://www.instagram.com/p/C2postKompas/';

/** The post's own action bar icon ("Like", "Share"…), 24 px. */
export const postIcon = (label: string) => `main section [role="button"]:has(svg[aria-label="${label}"][height="24"])`;

/** A comment's heart, by its permalink's comment id: the heart in a block that holds that permalink and no other. */
export const commentHeart = (commentId: string) =>
  `main div:has(a[href$="/c/${commentId}/"]):not(:has(a[href*="/c/"]:not([href$="/c/${commentId}/"]))) [role="button"]:has(svg[aria-label="Like"][height="16"])`;

export const COMMENT_BOX = 'main form textarea[aria-label="Add a comment…"]';
export const POST_BUTTON = 'main form [role="button"]:not(:has(svg))';
