import { defineContentScript } from 'wxt/utils/define-content-script';
import { TIKTOK_MATCHES } from '../src/sites/hosts';
import { tiktokAdapter } from '../src/sites/tiktok';
import { startGuard } from '../src/guard/start';
import { tiktokTheme } from '../src/ui/site-theme';
import { tiktokPlainContent } from '../src/sites/plain-content';

export default defineContentScript({
  matches: [...TIKTOK_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startGuard(ctx, tiktokAdapter, tiktokPlainContent, tiktokTheme);
  },
});
