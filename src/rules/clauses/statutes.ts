import type { Clause } from '../clause';

/**
 * legal.md §3: the neutrality principle in both ASN laws. UU 20/2023 replaced
 * UU 5/2014 and kept the principle in the same articles (two independent
 * secondary sources); a warning cites the current law.
 */
export const UU_20_2023_NETRALITAS: Clause = {
  id: 'uu-20-2023-netralitas',
  citation: 'UU 20/2023 tentang ASN, Pasal 2 huruf f dan Pasal 9 ayat (2) (sebelumnya UU 5/2014, pasal yang sama)',
  summary: {
    id: 'ASN berasas netralitas: tidak berpihak dari segala bentuk pengaruh mana pun, serta harus bebas dari pengaruh dan intervensi semua golongan dan partai politik.',
    en: 'Neutrality is a principle of the civil service: civil servants take no side under any influence and must be free of the influence and intervention of every group and political party.',
  },
  consequence: {
    id: 'Dasar pembinaan dan sanksi netralitas; pelanggaran berat dapat berujung pemberhentian.',
    en: 'The basis of neutrality oversight and sanctions; serious breaches can end in dismissal.',
  },
  intents: ['like', 'follow', 'comment', 'share', 'post'],
  sources: [
    'https://kompasiana.com/www.tisna_1965.com/65429557edff7649db2109f2/netralitas-asn-dalam-pemilu-ini-norma-norma-pentingnya?page=2',
    'https://garuda.kemdiktisaintek.go.id/documents/detail/3925078',
  ],
  caveat: {
    id: 'Nomor pasal UU 20/2023 di luar Pasal 2 huruf f dan Pasal 9 ayat (2) belum diverifikasi.',
    en: 'UU 20/2023 article numbers beyond Article 2(f) and Article 9(2) are not verified.',
  },
};
