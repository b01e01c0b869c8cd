import { bilingual } from './bilingual';

export const rulesText = bilingual({
  en: {
    title: 'Rules Jaga Netral cites',
    note: 'Jaga Netral is a reminder, not legal advice. The text below summarises official documents; read the sources.',
    consequence: 'Possible consequence',
    sources: 'Sources',
  },
  id: {
    title: 'Aturan yang dikutip Jaga Netral',
    note: 'Jaga Netral adalah pengingat, bukan nasihat hukum. Teks di bawah merangkum dokumen resmi; bacalah sumbernya.',
    consequence: 'Kemungkinan akibat',
    sources: 'Sumber',
  },
});
