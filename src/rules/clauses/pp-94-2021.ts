import type { Clause } from '../clause';

/** legal.md §2: the disciplinary basis the SKB maps social-media support onto. */
export const PP_94_2021_PASAL_5_N: Clause = {
  id: 'pp-94-2021-pasal-5-n',
  citation: 'PP 94/2021 tentang Disiplin PNS, Pasal 5 huruf n',
  summary: {
    id: 'PNS dilarang memberikan dukungan kepada calon Presiden/Wakil Presiden, calon kepala daerah, dan calon anggota DPR, DPD, atau DPRD.',
    en: 'Civil servants must not give support to candidates for President/Vice-President, regional head, or the DPR, DPD or DPRD.',
  },
  consequence: {
    id: 'Hukuman disiplin sedang hingga berat (Pasal 13 huruf g, Pasal 14 huruf i), sampai pemberhentian.',
    en: 'Moderate to heavy disciplinary punishment (Article 13(g), Article 14(i)), up to dismissal.',
  },
  intents: ['like', 'follow', 'comment', 'share', 'post'],
  sources: [
    'https://rmol.id/amp/2021/09/14/504341/lewat-pp-94-2021-jokowi-beri-sanksi-pemecatan-bagi-pns-yang-menjadi-pendukung-di-pemilu-dan-pilkada',
  ],
  caveat: {
    id: 'Pasal 5 huruf n tidak menyebut media sosial secara tersurat; SKB 2022 Lampiran II memetakan tindakan di media sosial ke pasal ini. Teks Pasal 13 huruf g dan Pasal 14 huruf i belum dicocokkan dengan JDIH.',
    en: 'Article 5(n) does not name social media explicitly; the SKB 2022 annex maps social-media acts onto it. The text of Articles 13(g) and 14(i) has not been checked against the official gazette.',
  },
};
