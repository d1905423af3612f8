import { lstatSync, readlinkSync } from 'node:fs';
import { basename, extname, isAbsolute, relative, resolve, dirname } from 'node:path';
import type { ContentProblem } from './problems';
import { MAX_SLUG_LENGTH, shortenSlug } from '../format/slug-length';

/** Most file systems (ext4, NTFS, APFS) allow 255 bytes per name. */
export const MAX_NAME_BYTES = 255;

/**
 * Why the reader refuses a name in a content folder before reading it: a symbolic link (its target
 * may change or lie outside the repository, and would be published as if it were content) or a
 * name too long for common file systems. Undefined when the file may be read.
 */
export function refusedFile(path: string, file: string): ContentProblem | undefined {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) {
    const target = resolve(dirname(path), readlinkSync(path));
    const outside = relative(process.cwd(), target).startsWith('..') || isAbsolute(relative(process.cwd(), target));
    return {
      file,
      field: '(berkas)',
      line: 1,
      message: `berkas ini tautan simbolik ke ${outside ? `${target}, di luar repositori` : relative(process.cwd(), target)}; konten harus berupa berkas biasa (symbolic link refused)`,
      hint: 'salin isinya ke sini sebagai berkas biasa (cp --remove-destination), lalu periksa isinya sebelum diterbitkan',
    };
  }
  const name = basename(path);
  if (Buffer.byteLength(name) > MAX_NAME_BYTES) {
    return { file, field: '(berkas)', line: 1, message: `nama berkas ${Buffer.byteLength(name)} byte, melebihi batas ${MAX_NAME_BYTES} byte sistem berkas (file name too long)`, hint: 'pendekkan nama berkas' };
  }
  const slug = basename(name, extname(name));
  if (stats.isFile() && slug.length > MAX_SLUG_LENGTH) {
    return {
      file,
      field: '(berkas)',
      line: 1,
      message: `nama berkas ${slug.length} karakter, paling banyak ${MAX_SLUG_LENGTH}: nama menjadi alamat halaman (file name too long)`,
      hint: `ganti nama menjadi ${shortenSlug(slug)}${extname(name)}, lalu sesuaikan rujukan ke entri ini`,
    };
  }
  return undefined;
}
