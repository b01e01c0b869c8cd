import { bilingual } from './bilingual';

export const markerText = bilingual({
  en: {
    label: 'Election contestant',
    title: (name: string, list: string) =>
      `${name} — listed in "${list}". Jaga Netral will remind you before you like, follow, comment on or share.`,
    followed: "You follow this account. The ASN neutrality pact asks civil servants not to follow election contestants' accounts.",
  },
  id: {
    label: 'Peserta pemilu',
    title: (name: string, list: string) =>
      `${name} — tercantum di daftar "${list}". Jaga Netral akan mengingatkan sebelum Anda menyukai, mengikuti, mengomentari, atau membagikan.`,
    followed: 'Anda mengikuti akun ini. Pakta integritas netralitas ASN meminta ASN tidak mengikuti akun peserta pemilu.',
  },
});
