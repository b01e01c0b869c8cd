import { bilingual } from './bilingual';

export const welcomeText = bilingual({
  en: {
    title: 'Welcome to Jaga Netral',
    what:
      'When you are about to like, follow, comment on or share content from an election contestant on X, Threads, Instagram, Facebook, YouTube or TikTok, Jaga Netral holds that one action and shows which neutrality rule for civil servants (ASN) it touches. You then cancel or proceed: the choice is yours.',
    lists: 'The candidate lists that ship with the extension are already switched on. You can import more in the settings.',
    privacyHeading: 'Nothing leaves this device',
    privacy:
      'Jaga Netral sends nothing anywhere: no analytics, no account, no server. Your decisions are written to a history kept only in this browser, and you can switch that off.',
    historyHeading: 'Reviewing your history',
    history:
      'Click the Jaga Netral button in the browser toolbar and choose "Review history" to see, filter, export or delete your decisions.',
    rules: 'Read the rules Jaga Netral cites',
    options: 'Open the settings',
    disclaimer: 'Jaga Netral is a reminder, not legal advice.',
  },
  id: {
    title: 'Selamat datang di Jaga Netral',
    what:
      'Saat Anda hendak menyukai, mengikuti, mengomentari, atau membagikan konten peserta pemilu di X, Threads, Instagram, Facebook, YouTube, atau TikTok, Jaga Netral menahan tindakan itu dan menunjukkan aturan netralitas ASN yang terkait. Lalu Anda memilih membatalkan atau melanjutkan: keputusan tetap di tangan Anda.',
    lists: 'Daftar calon bawaan sudah aktif. Anda dapat mengimpor daftar lain di pengaturan.',
    privacyHeading: 'Tidak ada yang keluar dari perangkat ini',
    privacy:
      'Jaga Netral tidak mengirim apa pun ke mana pun: tanpa analitik, tanpa akun, tanpa server. Keputusan Anda dicatat di riwayat yang hanya tersimpan di peramban ini, dan pencatatan itu dapat dimatikan.',
    historyHeading: 'Meninjau riwayat',
    history:
      'Klik tombol Jaga Netral di bilah alat peramban lalu pilih "Lihat riwayat" untuk melihat, menyaring, mengekspor, atau menghapus keputusan Anda.',
    rules: 'Baca aturan yang dikutip Jaga Netral',
    options: 'Buka pengaturan',
    disclaimer: 'Jaga Netral adalah pengingat, bukan nasihat hukum.',
  },
});
