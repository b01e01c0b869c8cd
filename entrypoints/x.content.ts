import { defineContentScript } from 'wxt/utils/define-content-script';
import { X_MATCHES } from '../src/sites/hosts';
import { xAdapter } from '../src/sites/x';
import { startGuard } from '../src/guard/start';
import { xTheme } from '../src/ui/site-theme';
import { xPlainContent } from '../src/sites/plain-content';

export default defineContentScript({
  matches: [...X_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startGuard(ctx, xAdapter, xPlainContent, xTheme);
  },
});
