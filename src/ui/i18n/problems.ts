import { PROBLEM_EN, type ProblemParams } from '../../lists/import-problem';
import { bilingual } from './bilingual';

const TYPE_ID: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'true atau false',
  array: 'sebuah daftar (array)',
  object: 'sebuah objek',
};

/** Why an imported list was refused, by problem code; English is the importer's own wording. */
export const problemText = bilingual({
  en: PROBLEM_EN,
  id: {
    'json-syntax': (p: ProblemParams) => `JSON tidak valid di baris ${p['line']}, kolom ${p['column']}: ${p['detail']}`,
    'json-truncated': (p: ProblemParams) => `JSON tidak valid: teksnya berakhir terlalu cepat, di baris ${p['line']}, kolom ${p['column']}`,
    'not-an-object': () => 'berkas harus berisi satu objek JSON',
    'unsupported-format': (p: ProblemParams) =>
      `format daftar ${p['found']} tidak didukung: versi ini hanya membaca "${p['supported']}"`,
    required: () => 'wajib diisi',
    'wrong-type': (p: ProblemParams) => `harus berupa ${TYPE_ID[String(p['expected'])] ?? p['expected']}`,
    'not-one-of': (p: ProblemParams) => `harus salah satu dari: ${p['values']}`,
    empty: () => 'tidak boleh kosong',
    'bad-date': () => 'harus tanggal yang benar, ditulis TTTT-BB-HH',
    'period-order': () => '"from" tidak boleh sesudah "until"',
    'bad-list-id': () => 'harus 1–64 huruf kecil, angka, atau -',
    'no-accounts': () => 'sebuah entri memerlukan paling sedikit satu akun',
    'bad-account': (p: ProblemParams) => `bukan akun yang dapat dipakai (${p['reason']})`,
    'duplicate-account': (p: ProblemParams) =>
      `${p['account']} juga ada di entries[${p['entry']}]${p['name'] === undefined ? '' : ` ("${p['name']}")`}; satu akun hanya boleh ada di satu entri`,
    'too-large': (p: ProblemParams) => `ukuran berkas ${p['megabytes']} MB; daftar paling besar ${p['maxMegabytes']} MB`,
    'too-many-accounts': (p: ProblemParams) =>
      `berkas berisi sekitar ${Number(p['accounts']).toLocaleString('id')} akun; daftar paling banyak ${Number(p['max']).toLocaleString('id')} akun`,
    'too-long': (p: ProblemParams) =>
      `panjangnya ${Number(p['length']).toLocaleString('id')} karakter; paling panjang ${Number(p['limit']).toLocaleString('id')} karakter`,
    'field-name-too-long': (p: ProblemParams) =>
      `berisi kolom yang namanya ${Number(p['length']).toLocaleString('id')} karakter; paling panjang ${Number(p['limit']).toLocaleString('id')} karakter`,
    'too-deep': (p: ProblemParams) => `berisi array atau objek yang bersarang lebih dari ${p['max']} tingkat`,
    'hashtag-empty': () => 'tagar memerlukan paling sedikit satu huruf atau angka sesudah tanda #',
    'hashtag-spaces': () => 'tagar tidak boleh berisi spasi: tulis setiap tagar sebagai butir tersendiri',
    'hashtag-too-long': (p: ProblemParams) => `tagar paling panjang ${p['max']} karakter`,
    'hashtag-chars': () => 'tagar hanya boleh berisi huruf, angka, dan _ sesudah tanda #',
    'duplicate-hashtag': (p: ProblemParams) =>
      `#${p['tag']} juga ada di ${p['entry'] === undefined ? 'tagar daftar itu sendiri' : `entries[${p['entry']}]`}${p['name'] === undefined ? '' : ` ("${p['name']}")`}; satu tagar hanya boleh ada di satu entri atau di daftar`,
    invalid: (p: ProblemParams) => `tidak valid (${p['detail']})`,
  },
});
