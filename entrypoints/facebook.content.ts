import { defineContentScript } from 'wxt/utils/define-content-script';
import { FACEBOOK_MATCHES } from '../src/sites/hosts';
import { facebookAdapter } from '../src/sites/facebook';
import { startGuard } from '../src/guard/start';
import { metaTheme } from '../src/ui/site-theme';
import { facebookPlainContent } from '../src/sites/plain-content';

export default defineContentScript({
  matches: [...FACEBOOK_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startGuard(ctx, facebookAdapter, facebookPlainContent, metaTheme);
  },
});
