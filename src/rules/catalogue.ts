import type { Clause } from './clause';

/**
 * SKB 2022 Lampiran II lists "membuat posting, comment, share, like,
 * bergabung/follow dalam grup/akun pemenangan bakal calon" both as a code of
 * ethics breach (A.4) and a disciplinary one (B.6); legal.md §1.
 */
export const SKB_2022_SOCIAL_MEDIA: Clause = {
  id: 'skb-2022-lampiran-ii-media-sosial',
  citation: 'SKB 5 Instansi 2022 (MenPANRB No. 2 Tahun 2022), Lampiran II huruf A angka 4 dan huruf B angka 6',
  summary: {
    id: 'ASN dilarang membuat posting, berkomentar, membagikan, menyukai (like), dan bergabung/mengikuti (follow) grup atau akun pemenangan calon peserta pemilu.',
    en: 'Civil servants must not post, comment on, share, like, or join/follow the groups or campaign accounts of election contestants.',
  },
  consequence: {
    id: 'Sanksi moral (pernyataan tertutup atau terbuka) menurut kode etik, dan hukuman disiplin berat menurut PP 94/2021.',
    en: 'A moral sanction (closed or public statement) under the code of ethics, and heavy disciplinary punishment under PP 94/2021.',
  },
  intents: ['like', 'follow', 'comment', 'share'],
  sources: [
    'https://www.scribd.com/document/602350661/SKB-Netralitas-ASN-22-September-2022',
    'https://tvonenews.com/berita/nasional/155083-awas-asn-dilarang-like-komentar-dan-follow-akun-terkait-capres-atau-sejenisnya-di-pemilu-2024-mendatang?page=2',
    'https://jatim.tribunnews.com/2023/11/15/pns-wajib-waspada-sekadar-like-atau-comment-bisa-kena-sanksi-jelang-pemilu-2024-simak-aturannya?page=2',
  ],
};

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
  intents: ['like', 'follow', 'comment', 'share'],
  sources: [
    'https://rmol.id/amp/2021/09/14/504341/lewat-pp-94-2021-jokowi-beri-sanksi-pemecatan-bagi-pns-yang-menjadi-pendukung-di-pemilu-dan-pilkada',
  ],
};

/** legal.md §1: the pact every ASN signs under the SKB. */
export const PAKTA_INTEGRITAS_MEDIA_SOSIAL: Clause = {
  id: 'skb-2022-pakta-integritas',
  citation: 'SKB 5 Instansi 2022 — pakta integritas netralitas ASN, butir 3',
  summary: {
    id: 'Menggunakan media sosial secara bijak, tidak untuk kepentingan pasangan calon tertentu.',
    en: 'Use social media wisely, not in the interest of any particular candidate.',
  },
  consequence: {
    id: 'Pelanggaran pakta integritas diperiksa sebagai pelanggaran netralitas ASN.',
    en: 'A breach of the pact is examined as a breach of civil-service neutrality.',
  },
  intents: ['like', 'follow', 'comment', 'share'],
  sources: [
    'https://www.antaranews.com/berita/3742266/asn-jaktim-tandatangani-pakta-integritas-jaga-netralitas-pemilu-2024',
  ],
};

export const CLAUSES: readonly Clause[] = [
  SKB_2022_SOCIAL_MEDIA,
  PP_94_2021_PASAL_5_N,
  PAKTA_INTEGRITAS_MEDIA_SOSIAL,
];
