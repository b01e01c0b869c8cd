import type { BrowserSession } from './harness/each-browser';
import { importList } from './warning-contract';

/**
 * A list for the issue 17 specs of every site: one campaign hashtag, and the
 * account a typed mention names on each site, so the specs do not depend on
 * what the shipped lists carry.
 */
const CAMPAIGN_HASHTAG_LIST = JSON.stringify({
  format: 'jaga-netral/list@1',
  id: 'e2e-campaign-hashtags',
  title: 'E2E: campaign hashtags',
  updated: '2024-01-10',
  entries: [
    {
      name: 'Anies Rasyid Baswedan (E2E)',
      accounts: [
        { platform: 'x', id: 'aniesbaswedan' },
        { platform: 'facebook', id: 'aniesbaswedan' },
        { platform: 'threads', id: 'aniesbaswedan' },
        { platform: 'instagram', id: 'aniesbaswedan' },
        { platform: 'tiktok', id: 'aniesbaswedan' },
        { platform: 'youtube', id: '@aniesbaswedan' },
      ],
      hashtags: ['#AMINAjaDulu'],
    },
  ],
});

/** The `data-match` of a warning the campaign hashtag decided. */
export const CAMPAIGN_MATCH = 'hashtag:#aminajadulu';

export const importCampaignHashtags = ({ openExtensionPage }: BrowserSession): Promise<void> =>
  importList(() => openExtensionPage('options.html'), 'campaign-hashtags.json', CAMPAIGN_HASHTAG_LIST);
