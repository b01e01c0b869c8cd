import type { Clause } from './clause';
import { KOMINFO_BKN_MEDIA_SOSIAL } from './clauses/kominfo-2023';
import { PP_94_2021_PASAL_5_N } from './clauses/pp-94-2021';
import { PAKTA_INTEGRITAS_MEDIA_SOSIAL, PILKADA_SPOUSE_GUIDANCE, SKB_2022_ONLINE_CAMPAIGN, SKB_2022_SOCIAL_MEDIA } from './clauses/skb-2022';
import { UU_20_2023_NETRALITAS } from './clauses/statutes';

export {
  KOMINFO_BKN_MEDIA_SOSIAL,
  PAKTA_INTEGRITAS_MEDIA_SOSIAL,
  PILKADA_SPOUSE_GUIDANCE,
  PP_94_2021_PASAL_5_N,
  SKB_2022_ONLINE_CAMPAIGN,
  SKB_2022_SOCIAL_MEDIA,
  UU_20_2023_NETRALITAS,
};

/** Every clause the extension cites, in the order the rules page lists them. */
export const CLAUSES: readonly Clause[] = [
  SKB_2022_SOCIAL_MEDIA,
  SKB_2022_ONLINE_CAMPAIGN,
  PP_94_2021_PASAL_5_N,
  PAKTA_INTEGRITAS_MEDIA_SOSIAL,
  KOMINFO_BKN_MEDIA_SOSIAL,
  UU_20_2023_NETRALITAS,
  PILKADA_SPOUSE_GUIDANCE,
];
