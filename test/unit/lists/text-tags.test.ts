import { describe, expect, it } from 'vitest';
import { hashtagsIn, mentionsIn } from '../../../src/lists/text-tags';

describe('hashtags in a post', () => {
  it('finds whole hashtags, folded, each once', () => {
    expect(hashtagsIn('Ayo coblos! #AMINAjaDulu #aminajadulu #Pemilu2024')).toEqual(['aminajadulu', 'pemilu2024']);
  });

  it('does not take a longer tag for a listed one', () => {
    expect(hashtagsIn('#AMINAjaDuluBanget')).toEqual(['aminajadulubanget']);
  });

  it('ignores a # inside a link, with or without its scheme', () => {
    expect(hashtagsIn('baca https://berita.id/pemilu#AMINAjaDulu dan www.contoh.id/#Prabowo')).toEqual([]);
    expect(hashtagsIn('lihat pemilu#AMINAjaDulu café#AMIN ꦥ#AMIN')).toEqual([]);
    expect(hashtagsIn('HTTPS://BERITA.ID/#AMIN')).toEqual([]);
  });

  it('ends a tag at punctuation, emoji and other scripts\u2019 spaces', () => {
    expect(hashtagsIn('(#AMIN), #Ganjar! #Prabowo🇮🇩 #Gibran\u3000ok #ASN_Netral.')).toEqual(['amin', 'ganjar', 'prabowo', 'gibran', 'asn_netral']);
  });

  it('reads hashtags in other scripts, with their combining marks', () => {
    expect(hashtagsIn('#Pemilu2024 #ꦥꦼꦩꦶꦭꦸ #سلام #café')).toEqual(['pemilu2024', 'ꦥꦼꦩꦶꦭꦸ', 'سلام', 'café']);
  });

  it('reads full-width letters and # as their plain forms (NFKC)', () => {
    expect(hashtagsIn('＃ＡＭＩＮａｊａＤｕｌｕ')).toEqual(['aminajadulu']);
  });

  it('takes a hashtag at the start, after a line break and after other punctuation', () => {
    expect(hashtagsIn('#Satu\n#Dua;#Tiga "#Empat" 🇮🇩#Lima\u00a0#Enam')).toEqual(['satu', 'dua', 'tiga', 'empat', 'lima', 'enam']);
  });

  it('is not fooled by keycaps, HTML entities, ## or a lone #', () => {
    expect(hashtagsIn('#️⃣ 1️⃣ &#39;x &#x27; ##Ganda # kosong')).toEqual([]);
  });

  it('finds nothing in a text without #', () => {
    expect(hashtagsIn('Selamat pagi, Indonesia')).toEqual([]);
  });
});

describe('mentions in a post', () => {
  it('finds each @handle as written, once', () => {
    expect(mentionsIn('Mantap @AniesBaswedan dan @prabowo, juga @aniesbaswedan')).toEqual(['AniesBaswedan', 'prabowo', 'aniesbaswedan']);
  });

  it('drops the dot or dash that ends a sentence, keeps inner dots', () => {
    expect(mentionsIn('Terima kasih @ganjar.pranowo. Salam @gibran_rakabuming-')).toEqual(['ganjar.pranowo', 'gibran_rakabuming']);
  });

  it('is not fooled by e-mail addresses or links', () => {
    expect(mentionsIn('kirim ke humas@kemenpan.go.id atau https://www.tiktok.com/@prabowo')).toEqual([]);
  });

  it('reads full-width @ and letters', () => {
    expect(mentionsIn('＠ｐｒａｂｏｗｏ')).toEqual(['prabowo']);
  });
});
