import type { Clause } from '../clause';

/**
 * legal.md §0 seed 004: the five rules BKN presented at Kominfo's 2023
 * socialisation. Rules 2 and 3 are the ones about social-media acts.
 */
export const KOMINFO_BKN_MEDIA_SOSIAL: Clause = {
  id: 'bkn-kominfo-2023-aturan-media-sosial',
  citation: 'Sosialisasi netralitas ASN BKN–Kominfo 2023, aturan 2 dan 3',
  summary: {
    id: 'Tidak boleh menyukai atau menyebarkan unggahan terkait calon peserta pemilu, dan tidak boleh membuat cuitan, menyukai, menyebarkan, atau mengikuti akun pemenangan calon peserta pemilu.',
    en: "Do not like or spread posts about election contestants, and do not post, like, spread or follow contestants' campaign accounts.",
  },
  consequence: {
    id: 'Pelanggaran netralitas yang dapat dilaporkan dan diperiksa (SKB 2022).',
    en: 'A neutrality breach that can be reported and examined (SKB 2022).',
  },
  intents: ['like', 'follow', 'share', 'post'],
  sources: ['https://komin.fo/MateriBKN_NetralitasASN', 'https://komin.fo/MateriKASN_NetralitasASN'],
};
