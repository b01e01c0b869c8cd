import { defineContentScript } from 'wxt/utils/define-content-script';
import { YOUTUBE_MATCHES } from '../src/sites/hosts';
import { youtubeAdapter } from '../src/sites/youtube';
import { startGuard } from '../src/guard/start';
import { youtubeTheme } from '../src/ui/site-theme';
import { youtubePlainContent } from '../src/sites/plain-content';

export default defineContentScript({
  matches: [...YOUTUBE_MATCHES],
  runAt: 'document_start',
  main(ctx) {
    startGuard(ctx, youtubeAdapter, youtubePlainContent, youtubeTheme);
  },
});
