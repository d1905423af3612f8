// `npm run new -- <program|region|event|source> "<judul>" [--field value ...] [--mdx]`: creates an entry from a template.
import { CONTENT_DIR } from '../src/lib/read/content-dir';
import { createEntries, NewEntryError } from '../src/lib/author/new-entry';

try {
  const { created, notes } = await createEntries(process.argv[2], process.argv.slice(3), CONTENT_DIR);
  for (const note of notes) console.log(note);
  for (const path of created) console.log(`Dibuat (created): ${path}`);
  console.log(`Langkah berikutnya (next steps):
  1. Buka ${created.at(-1)} dan isi setiap isian bertanda WAJIB; hapus tanda # pada isian opsional yang disebut sumber.
  2. Setiap fakta harus berasal dari sumber di content/sources/ (buat dengan: npm run new -- source "Judul artikel").
  3. Jalankan npm run check untuk memeriksa entri, lalu npm start untuk melihat halamannya.`);
} catch (error) {
  if (!(error instanceof NewEntryError)) throw error;
  console.error(`Gagal (failed): ${error.message}`);
  process.exit(1);
}
