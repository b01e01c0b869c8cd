import type { Clause, ClauseText } from '../clause';

/**
 * SKB 2022 Lampiran II lists "membuat posting, comment, share, like,
 * bergabung/follow dalam grup/akun pemenangan bakal calon" both as a code of
 * ethics breach (A.4) and a disciplinary one (B.6); legal.md §1.
 */
export const SKB_2022_SOCIAL_MEDIA_TEXT: ClauseText = {
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
};

export const SKB_2022_SOCIAL_MEDIA: Clause = {
  ...SKB_2022_SOCIAL_MEDIA_TEXT,
  intents: ['like', 'follow', 'comment', 'share', 'post'],
  sources: [
    'https://www.scribd.com/document/602350661/SKB-Netralitas-ASN-22-September-2022',
    'https://tvonenews.com/berita/nasional/155083-awas-asn-dilarang-like-komentar-dan-follow-akun-terkait-capres-atau-sejenisnya-di-pemilu-2024-mendatang?page=2',
    'https://jatim.tribunnews.com/2023/11/15/pns-wajib-waspada-sekadar-like-atau-comment-bisa-kena-sanksi-jelang-pemilu-2024-simak-aturannya?page=2',
  ],
};

/**
 * SKB 2022 Lampiran II names social-media or online campaigning for a
 * contestant as a code of ethics breach (A.2) and a disciplinary one with a
 * heavy punishment (B.2); legal.md §1 ("Lampiran II structure"). It is the
 * rule for spreading campaign material and for one's own posts in support.
 */
export const SKB_2022_ONLINE_CAMPAIGN_TEXT: ClauseText = {
  id: 'skb-2022-lampiran-ii-kampanye-media-sosial',
  citation: 'SKB 5 Instansi 2022 (MenPANRB No. 2 Tahun 2022), Lampiran II huruf A angka 2 dan huruf B angka 2',
  summary: {
    id: 'ASN dilarang melakukan sosialisasi atau kampanye bakal calon peserta pemilu di media sosial atau media online, termasuk menyebarkan bahan kampanyenya.',
    en: "Civil servants must not promote or campaign for election contestants on social media or online, which includes spreading their campaign material.",
  },
  consequence: {
    id: 'Sanksi moral menurut kode etik, dan hukuman disiplin berat menurut PP 94/2021.',
    en: 'A moral sanction under the code of ethics, and heavy disciplinary punishment under PP 94/2021.',
  },
};

export const SKB_2022_ONLINE_CAMPAIGN: Clause = {
  ...SKB_2022_ONLINE_CAMPAIGN_TEXT,
  intents: ['like', 'comment', 'share', 'post'],
  sources: [
    'https://www.merdeka.com/uang/pns-dilarang-like-comment-dan-share-medsos-capres-dan-peserta-pemilu-27999-mvk.html',
    'https://jatim.tribunnews.com/2023/11/15/pns-wajib-waspada-sekadar-like-atau-comment-bisa-kena-sanksi-jelang-pemilu-2024-simak-aturannya?page=2',
    'https://kompasiana.com/www.tisna_1965.com/65429557edff7649db2109f2/netralitas-asn-dalam-pemilu-ini-norma-norma-pentingnya?page=3&page_images=1',
  ],
  caveat: {
    id: 'Nomor butir Lampiran II berbeda antar-laporan media; teksnya belum dicocokkan dengan dokumen resmi.',
    en: "The item numbers of Lampiran II differ between press reports; the text is not yet checked against the official document.",
  },
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
  intents: ['like', 'follow', 'comment', 'share', 'post'],
  sources: [
    'https://www.antaranews.com/berita/3742266/asn-jaktim-tandatangani-pakta-integritas-jaga-netralitas-pemilu-2024',
  ],
};

/**
 * legal.md §0 seed 002 and Lampiran II A.7: an ASN whose spouse runs in the
 * Pilkada takes unpaid leave and still may not campaign for them online.
 */
export const PILKADA_SPOUSE_GUIDANCE: Clause = {
  id: 'menpanrb-2024-pasangan-calon-pilkada',
  citation: 'Arahan MenPANRB untuk Pilkada 2024 (ASN yang suami/istrinya menjadi calon); SKB 2022 Lampiran II huruf A angka 7',
  summary: {
    id: 'ASN yang pasangannya menjadi calon tetap tidak boleh berkampanye di media sosial, seperti memposting, berkomentar, atau membagikan tautan yang menunjukkan dukungan kepada pasangannya.',
    en: "A civil servant whose spouse is a candidate still may not campaign on social media, such as posting, commenting or sharing links that show support for the spouse.",
  },
  consequence: {
    id: 'Diperiksa sebagai pelanggaran netralitas ASN (kode etik dan disiplin).',
    en: 'Examined as a breach of civil-service neutrality (code of ethics and discipline).',
  },
  intents: ['comment', 'share', 'post'],
  sources: ['Jakartaterkini: MenPANRB Abdullah Azwar Anas, arahan bagi ASN yang mendampingi pasangan calon Pilkada 2024'],
  caveat: {
    id: 'Tanggal halaman sumber tidak konsisten (2022/2024); isi arahan sesuai laporan media, bukan dokumen resmi.',
    en: 'The source page is inconsistently dated (2022/2024); the guidance is as reported by the press, not an official document.',
  },
};
