import type { Intent } from '../../guard/intent';
import type { Messages } from './en';

const ACTION: Record<Intent, string> = {
  like: 'menyukai (like) konten',
  follow: 'mengikuti (follow) akun',
  comment: 'mengomentari konten',
  share: 'membagikan konten',
};

export const id: Messages = {
  warning: {
    title: 'Tunggu dulu — akun ini ada di daftar peserta pemilu',
    youAreAbout: (intent: Intent) => `Anda akan ${ACTION[intent]}`,
    listedIn: 'Tercantum di daftar',
    rule: 'Aturan',
    consequence: 'Kemungkinan akibat',
    cancel: 'Batalkan',
    proceed: 'Tetap lanjutkan',
    disclaimer: 'Jaga Netral adalah pengingat, bukan nasihat hukum.',
    readRule: 'Baca aturan lengkap',
  },
  marker: {
    label: 'Peserta pemilu',
    title: (name: string, list: string) =>
      `${name} — tercantum di daftar "${list}". Jaga Netral akan mengingatkan sebelum Anda menyukai, mengikuti, mengomentari, atau membagikan.`,
    followed: 'Anda mengikuti akun ini. Pakta integritas netralitas ASN meminta ASN tidak mengikuti akun peserta pemilu.',
  },
};
