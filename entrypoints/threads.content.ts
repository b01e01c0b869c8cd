import { defineContentScript } from 'wxt/utils/define-content-script';
import { THREADS_MATCHES } from '../src/sites/hosts';
import { threadsAdapter } from '../src/sites/threads';
import { startGuard } from '../src/guard/start';
import { metaTheme } from '../src/ui/site-theme';
import { threadsPlainContent } from '../src/sites/plain-content';

export default defineContentScript({
  matches: [...THREADS_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startGuard(ctx, threadsAdapter, threadsPlainContent, metaTheme);
  },
});
