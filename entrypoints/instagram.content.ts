import { defineContentScript } from 'wxt/utils/define-content-script';
import { INSTAGRAM_MATCHES } from '../src/sites/hosts';
import { instagramAdapter } from '../src/sites/instagram';
import { startGuard } from '../src/guard/start';
import { metaTheme } from '../src/ui/site-theme';
import { instagramPlainContent } from '../src/sites/plain-content';

export default defineContentScript({
  matches: [...INSTAGRAM_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startGuard(ctx, instagramAdapter, instagramPlainContent, metaTheme);
  },
});
