import { bilingual } from './bilingual';

export const popupText = bilingual({
  en: {
    heading: 'Jaga Netral status',
    onSite: (site: string) => `This tab is on ${site}: likes, follows, comments and shares of listed accounts are held.`,
    offSite: 'This tab is not on a site Jaga Netral watches (X, Threads, Instagram, Facebook, YouTube, TikTok).',
    protectionOn: 'Protection is on.',
    protectionOff: 'Protection is off: no candidate list is switched on.',
    activeLists: (n: number) => `Lists switched on: ${n}`,
    outOfDate: (n: number) => `Out of date: ${n}`,
    warningsToday: (n: number) => `Warnings today: ${n}`,
    loggingOff: 'History is off: decisions are not written.',
    managed: 'Some settings are managed by your institution.',
    managedInvalid: "Your institution's policy is malformed and was not applied; see Settings.",
    history: 'Review history',
    options: 'Settings',
  },
  id: {
    heading: 'Status Jaga Netral',
    onSite: (site: string) => `Tab ini ada di ${site}: like, follow, komentar, dan share pada akun terdaftar ditahan.`,
    offSite: 'Tab ini tidak berada di situs yang diawasi Jaga Netral (X, Threads, Instagram, Facebook, YouTube, TikTok).',
    protectionOn: 'Perlindungan aktif.',
    protectionOff: 'Perlindungan tidak aktif: tidak ada daftar calon yang dinyalakan.',
    activeLists: (n: number) => `Daftar yang aktif: ${n}`,
    outOfDate: (n: number) => `Kedaluwarsa: ${n}`,
    warningsToday: (n: number) => `Peringatan hari ini: ${n}`,
    loggingOff: 'Riwayat dimatikan: keputusan tidak dicatat.',
    managed: 'Sebagian pengaturan dikelola oleh instansi Anda.',
    managedInvalid: 'Kebijakan instansi Anda tidak valid dan tidak diterapkan; lihat Pengaturan.',
    history: 'Lihat riwayat',
    options: 'Pengaturan',
  },
});
