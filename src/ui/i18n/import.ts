import { bilingual } from './bilingual';

export const importText = bilingual({
  en: {
    import: 'Import a list (JSON file, format jaga-netral/list@1)',
    reading: (percent: number) => `Reading the file… ${percent}%`,
    checking: (accounts: number) => `Checking the list (about ${accounts.toLocaleString('en')} accounts)…`,
    saving: 'Saving the list and making it active in every tab…',
    tooLarge: (megabytes: number, maxMegabytes: number) =>
      `File refused: it is ${megabytes} MB; lists of at most ${maxMegabytes} MB are accepted.`,
    tooManyAccounts: (accounts: number, max: number) =>
      `File refused: it has about ${accounts.toLocaleString('en')} accounts; lists of at most ${max.toLocaleString('en')} are accepted.`,
    unreadable: 'File refused: it could not be read. Nothing was changed.',
    ok: (title: string, n: number) => `List "${title}" imported: ${n} accounts active in every tab.`,
    refused: (n: number) => `File refused (${n.toLocaleString('en')} problems). Nothing was changed.`,
    hidden: (n: number, byCode: string) => `…and ${n.toLocaleString('en')} more problems not shown: ${byCode}.`,
    entry: (n: number) => `entry ${n}: `,
  },
  id: {
    import: 'Impor daftar (berkas JSON, format jaga-netral/list@1)',
    reading: (percent: number) => `Membaca berkas… ${percent}%`,
    checking: (accounts: number) => `Memeriksa daftar (sekitar ${accounts.toLocaleString('id')} akun)…`,
    saving: 'Menyimpan daftar dan mengaktifkannya di semua tab…',
    tooLarge: (megabytes: number, maxMegabytes: number) =>
      `Berkas ditolak: ukurannya ${megabytes} MB; daftar paling besar ${maxMegabytes} MB.`,
    tooManyAccounts: (accounts: number, max: number) =>
      `Berkas ditolak: berisi sekitar ${accounts.toLocaleString('id')} akun; daftar paling banyak ${max.toLocaleString('id')} akun.`,
    unreadable: 'Berkas ditolak: tidak dapat dibaca. Tidak ada yang diubah.',
    ok: (title: string, n: number) => `Daftar "${title}" diimpor: ${n} akun aktif di semua tab.`,
    refused: (n: number) => `Berkas ditolak (${n.toLocaleString('id')} masalah). Tidak ada yang diubah.`,
    hidden: (n: number, byCode: string) => `…dan ${n.toLocaleString('id')} masalah lain yang tidak ditampilkan: ${byCode}.`,
    entry: (n: number) => `entri ${n}: `,
  },
});
