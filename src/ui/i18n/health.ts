import { bilingual } from './bilingual';

/** What the popup, the history page and the toolbar badge say when storage or the lists fail. */
export const healthText = bilingual({
  en: {
    listsDegraded: (reason: string) =>
      `Protection is degraded: the saved lists could not be read (${reason}). Only the lists shipped with Jaga Netral warn; imported lists do not.`,
    historyFull:
      'The history could not be saved: this device’s storage is full. Warnings still work and earlier decisions are kept; free some space to record new ones.',
    historyUnavailable: (reason: string) =>
      `History is off: the browser would not open the history storage (${reason}). Warnings still work; decisions are not recorded.`,
    historyFailing: (reason: string) => `The last decision could not be saved to the history (${reason}). Warnings still work.`,
  },
  id: {
    listsDegraded: (reason: string) =>
      `Perlindungan berkurang: daftar yang tersimpan tidak dapat dibaca (${reason}). Hanya daftar bawaan Jaga Netral yang memberi peringatan; daftar yang diimpor tidak.`,
    historyFull:
      'Riwayat tidak dapat disimpan: penyimpanan perangkat ini penuh. Peringatan tetap berjalan dan keputusan sebelumnya tetap tersimpan; kosongkan sebagian ruang agar keputusan baru tercatat.',
    historyUnavailable: (reason: string) =>
      `Riwayat tidak aktif: peramban tidak mau membuka penyimpanan riwayat (${reason}). Peringatan tetap berjalan; keputusan tidak dicatat.`,
    historyFailing: (reason: string) => `Keputusan terakhir tidak dapat disimpan ke riwayat (${reason}). Peringatan tetap berjalan.`,
  },
});
