import { bilingual } from './bilingual';

export const optionsText = bilingual({
  en: {
    title: 'Jaga Netral settings',
    lists: 'Candidate lists',
    aboutRules: 'About the rules Jaga Netral cites',
    language: 'Language',
    languageAuto: 'Same as the browser',
    // Each language is named in itself, so a reader of the other one can still find it.
    languageIndonesian: 'Bahasa Indonesia',
    languageEnglish: 'English',
    display: 'Display',
    markers: 'Mark posts and profiles of listed accounts with a small label',
    history: 'History',
    logging: 'Write my decisions on warnings to the history on this device',
    loggingNote: 'When this is off, warnings still appear but nothing is written.',
    strictness: 'Warnings',
    strict: 'Strict mode: before proceeding, type a reason or wait 5 seconds',
    strictNote: 'A typed reason is kept in the history with the decision.',
  },
  id: {
    title: 'Pengaturan Jaga Netral',
    lists: 'Daftar calon',
    aboutRules: 'Tentang aturan yang dikutip Jaga Netral',
    language: 'Bahasa',
    languageAuto: 'Sama dengan peramban',
    languageIndonesian: 'Bahasa Indonesia',
    languageEnglish: 'English',
    display: 'Tampilan',
    markers: 'Tandai unggahan dan profil akun yang terdaftar dengan label kecil',
    history: 'Riwayat',
    logging: 'Catat keputusan saya atas peringatan ke riwayat di perangkat ini',
    loggingNote: 'Jika dimatikan, peringatan tetap muncul tetapi tidak ada yang dicatat.',
    strictness: 'Peringatan',
    strict: 'Mode ketat: sebelum melanjutkan, tulis alasan atau tunggu 5 detik',
    strictNote: 'Alasan yang ditulis disimpan di riwayat bersama keputusannya.',
  },
});
