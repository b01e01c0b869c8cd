import type { Intent } from '../../guard/intent';
import { bilingual } from './bilingual';

const ACTION_EN: Record<Intent, string> = {
  like: 'like content from',
  follow: 'follow',
  comment: 'comment on content from',
  share: 'share content from',
  post: 'publish a post mentioning',
};

const ACTION_ID: Record<Intent, string> = {
  like: 'menyukai (like) konten',
  follow: 'mengikuti (follow) akun',
  comment: 'mengomentari konten',
  share: 'membagikan konten',
  post: 'memublikasikan posting yang menyebut',
};

/** A post, not an account, carries the campaign hashtag. */
const WITH_HASHTAG_EN: Record<Intent, string> = {
  like: 'like a post that uses',
  follow: 'follow an account that uses',
  comment: 'comment on a post that uses',
  share: 'share a post that uses',
  post: 'publish a post that uses',
};

const WITH_HASHTAG_ID: Record<Intent, string> = {
  like: 'menyukai (like) posting yang memakai',
  follow: 'mengikuti (follow) akun yang memakai',
  comment: 'mengomentari posting yang memakai',
  share: 'membagikan posting yang memakai',
  post: 'memublikasikan posting yang memakai',
};

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2024-10-20` → `20 October 2024`; the list's dates are already validated. */
function longDate(iso: string, months: readonly string[]): string {
  const [year, month, day] = iso.split('-');
  return `${Number(day)} ${months[Number(month) - 1] ?? month} ${year}`;
}

export const warningText = bilingual({
  en: {
    title: 'Wait — this account is on an election contestant list',
    youAreAbout: (intent: Intent) => `You are about to ${ACTION_EN[intent]}`,
    hashtagTitle: 'Wait — this uses an election campaign hashtag',
    withHashtag: (intent: Intent) => `You are about to ${WITH_HASHTAG_EN[intent]}`,
    campaignOf: 'a campaign hashtag of',
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
    institutionDecided: 'Your institution has decided that this action cannot go ahead: only Cancel is available.',
    periodOver: (stage: string, until: string) =>
      `The stages of ${stage} ended on ${longDate(until, MONTHS_EN)}. The neutrality rules for civil servants still apply: they hold before, during and after the campaign, contestants run again, and many now hold office.`,
    periodNotStarted: (stage: string, from: string) =>
      `The stages of ${stage} begin on ${longDate(from, MONTHS_EN)}. The neutrality rules for civil servants already apply: they hold before, during and after the campaign.`,
  },
  id: {
    title: 'Tunggu dulu — akun ini ada di daftar peserta pemilu',
    youAreAbout: (intent: Intent) => `Anda akan ${ACTION_ID[intent]}`,
    hashtagTitle: 'Tunggu dulu — ini memakai tagar kampanye pemilu',
    withHashtag: (intent: Intent) => `Anda akan ${WITH_HASHTAG_ID[intent]}`,
    campaignOf: 'tagar kampanye',
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
    institutionDecided: 'Instansi Anda menetapkan bahwa tindakan ini tidak dapat dilanjutkan: hanya tombol Batalkan yang tersedia.',
    periodOver: (stage: string, until: string) =>
      `Tahapan ${stage} telah berakhir pada ${longDate(until, MONTHS_ID)}. Aturan netralitas ASN tetap berlaku: larangan berlaku sebelum, selama, maupun sesudah masa kampanye, para peserta dapat mencalonkan diri lagi, dan banyak yang kini menjabat.`,
    periodNotStarted: (stage: string, from: string) =>
      `Tahapan ${stage} dimulai pada ${longDate(from, MONTHS_ID)}. Aturan netralitas ASN sudah berlaku: larangan berlaku sebelum, selama, maupun sesudah masa kampanye.`,
  },
});
