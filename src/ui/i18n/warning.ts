import type { Intent } from '../../guard/intent';
import { bilingual } from './bilingual';

const ACTION_EN: Record<Intent, string> = {
  like: 'like content from',
  follow: 'follow',
  comment: 'comment on content from',
  share: 'share content from',
};

const ACTION_ID: Record<Intent, string> = {
  like: 'menyukai (like) konten',
  follow: 'mengikuti (follow) akun',
  comment: 'mengomentari konten',
  share: 'membagikan konten',
};

export const warningText = bilingual({
  en: {
    title: 'Wait — this account is on an election contestant list',
    youAreAbout: (intent: Intent) => `You are about to ${ACTION_EN[intent]}`,
    listedIn: 'Listed in',
    rule: 'Rule',
    consequence: 'Possible consequence',
    cancel: 'Cancel',
    proceed: 'Proceed anyway',
    disclaimer: 'Jaga Netral is a reminder, not legal advice.',
    readRule: 'Read the full rule',
    reason: 'Why are you proceeding? Type at least 5 characters, or wait.',
    waitSeconds: (seconds: number) => `Proceed becomes available in ${seconds} s, or as soon as you type a reason.`,
    unlocked: 'You can proceed now.',
  },
  id: {
    title: 'Tunggu dulu — akun ini ada di daftar peserta pemilu',
    youAreAbout: (intent: Intent) => `Anda akan ${ACTION_ID[intent]}`,
    listedIn: 'Tercantum di daftar',
    rule: 'Aturan',
    consequence: 'Kemungkinan akibat',
    cancel: 'Batalkan',
    proceed: 'Tetap lanjutkan',
    disclaimer: 'Jaga Netral adalah pengingat, bukan nasihat hukum.',
    readRule: 'Baca aturan lengkap',
    reason: 'Mengapa Anda melanjutkan? Tulis minimal 5 karakter, atau tunggu.',
    waitSeconds: (seconds: number) => `Tombol lanjutkan aktif dalam ${seconds} detik, atau segera setelah Anda menulis alasan.`,
    unlocked: 'Sekarang Anda dapat melanjutkan.',
  },
});
