import { bilingual } from './bilingual';

/** What the popup and the tab's badge say about how Jaga Netral reads the page. */
export const readingText = bilingual({
  en: {
    unreadable:
      'Jaga Netral does not recognise the layout of this page: warnings may not appear here. Act on listed accounts with care.',
    partial: (language: string) =>
      `This page's interface language (${language}) is one Jaga Netral has no words for: some likes, follows or shares may not be held. Set the site to Bahasa Indonesia or English.`,
    read: (posts: number, authors: number, controls: number) =>
      `Read on this page: ${posts} posts or profiles, ${authors} with their author, ${controls} actions recognised.`,
  },
  id: {
    unreadable:
      'Jaga Netral tidak mengenali tata letak halaman ini: peringatan mungkin tidak muncul di sini. Berhati-hatilah pada akun terdaftar.',
    partial: (language: string) =>
      `Bahasa antarmuka halaman ini (${language}) tidak dikenali Jaga Netral: sebagian like, follow, atau share mungkin tidak ditahan. Atur situs ke Bahasa Indonesia atau English.`,
    read: (posts: number, authors: number, controls: number) =>
      `Terbaca di halaman ini: ${posts} postingan atau profil, ${authors} dengan pembuatnya, ${controls} tindakan dikenali.`,
  },
});
